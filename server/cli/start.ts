import { ConfigError, loadConfig } from '../config/config.js';
import { start } from '../main.js';

/** `npm start`: the whole thing on one port, until Ctrl-C. */
async function main() {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`配置错误 Configuration error: ${error.message}`);
      process.exit(2);
    }
    throw error;
  }
  const server = await start({ config });
  const health = await server.db.executor.read('system/components');
  const kernel = health[0];
  console.log(
    `链谱 Lianpu is running at ${server.url} (Neo4j ${kernel?.get('version')} ${kernel?.get('edition')}, ${server.db.mode} at ${server.db.uri})`,
  );
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: stopping ...`);
    await server.stop();
    console.log('stopped: the database was shut down cleanly.');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
