import { Router, type Request, type Response } from 'express';
import { GraphQLError } from 'graphql';
import { requireRead } from '../auth/guards.js';
import { can } from '../auth/roles.js';
import { chainGaps, pageTargets, targets } from '../graphql/analysis-resolvers.js';
import type { Context } from '../graphql/context.js';
import { ErrorCode } from '../graphql/errors.js';
import { toCsv } from '../export/csv.js';
import { formatQuantities } from '../analysis/quantities.js';
import { httpStatusOf } from './error-status.js';
import { datasetDownload } from './dataset-download.js';

/**
 * CSV downloads of the gap table and the target list, computed by the same functions as
 * the GraphQL fields, UTF-8 with a BOM so Excel shows the Chinese correctly.
 *   GET /export/gaps.csv?chain=aluminium&region=150581&lang=zh
 *   GET /export/targets.csv?link=battery_foil&region=150581&first=50&lang=en
 * and the knowledge base itself in the interchange format (dataset-download.ts):
 *   GET /export/dataset?format=zip&chain=aluminium
 */
export function exportRoutes(options: {
  context: (http: { req: Request; res: Response }) => Promise<Context>;
}): Router {
  /** The request's context, refusing anonymous readers when reads need a login. */
  const readContext = async (req: Request, res: Response) => {
    const ctx = await options.context({ req, res });
    requireRead(ctx);
    return ctx;
  };
  const router = Router();

  router.get('/gaps.csv', (req, res) =>
    send(res, async () => {
      const { chain, region } = required(req, ['chain', 'region']);
      const en = req.query.lang === 'en';
      const result = await chainGaps(await readContext(req, res), { chain, region });
      const header = en
        ? [
            'link_id',
            'link',
            'stage',
            'status',
            'opportunity',
            'score',
            'local_firms',
            'local_capacity',
            'pipeline_capacity',
            'balance',
            'balance_unit',
            'national_firms',
            'national_capacity',
            'explanation',
          ]
        : [
            '环节编号',
            '环节',
            '阶段',
            '状态',
            '机会',
            '得分',
            '本地在产企业数',
            '本地产能',
            '在建/规划产能',
            '供需差额',
            '差额单位',
            '全国在产企业数',
            '全国产能',
            '说明',
          ];
      const rows = result.gaps.map((g) => [
        g.link.id,
        en ? (g.link.nameEn ?? g.link.name) : g.link.name,
        g.link.stage,
        g.status,
        g.opportunity,
        g.score,
        g.localEnterprises,
        formatQuantities(g.localCapacity),
        g.localPipeline.map((p) => `${p.status}:${p.value}${p.unit}`).join('; '),
        g.balance?.value ?? '',
        g.balance?.unit ?? '',
        g.nationalEnterprises,
        formatQuantities(g.nationalCapacity),
        en ? g.explanation.en : g.explanation.zh,
      ]);
      return { filename: `gaps-${chain}-${region}.csv`, body: toCsv(header, rows) };
    }),
  );

  router.get('/targets.csv', (req, res) =>
    send(res, async () => {
      const { link, region } = required(req, ['link', 'region']);
      const en = req.query.lang === 'en';
      const first = req.query.first === undefined ? 50 : Number(req.query.first);
      const page = await targets(await readContext(req, res), { link, region, first });
      const components = ['SCALE', 'QUALITY', 'TIES', 'MOMENTUM', 'PROXIMITY'];
      const header = en
        ? [
            'rank',
            'enterprise_id',
            'enterprise',
            'region',
            'ownership',
            'tags',
            'score',
            ...components.map((c) => c.toLowerCase()),
            'capacity',
            'via_group',
            'reasons',
          ]
        : [
            '排名',
            '企业编号',
            '企业名称',
            '所在地',
            '所有制',
            '标签',
            '总分',
            '规模',
            '资质',
            '关联',
            '动能',
            '区位',
            '产能',
            '集团关联',
            '理由',
          ];
      const rows = pageTargets(page).map((t) => {
        const e = t.enterprise as Record<string, unknown> & { region?: { name?: string } };
        return [
          t.rank,
          e.id,
          e.name,
          e.region?.name ?? '',
          e.ownership ?? '',
          e.tags ?? [],
          t.score,
          ...components.map((name) => t.components.find((c) => c.name === name)?.points ?? 0),
          formatQuantities(t.capacity),
          t.viaGroup ? 'yes' : '',
          t.reasons.map((r) => (en ? r.en : r.zh)).join(en ? '; ' : '；'),
        ];
      });
      return { filename: `targets-${link}-${region}.csv`, body: toCsv(header, rows) };
    }),
  );

  // A full export holds every firm: the same read access as every other download. The
  // ledger's private records only for those who may read follow-ups everywhere
  // (administrators): a scoped reader's share of them is the GraphQL API's business.
  router.get(
    '/dataset',
    datasetDownload({
      access: async (req, res) => {
        const ctx = await readContext(req, res);
        const user = ctx.auth.user;
        return { executor: ctx.executor, ledger: user !== null && can({ user, action: 'followup.read' }).allowed };
      },
    }),
  );

  return router;
}

function required(req: Request, names: string[]): Record<string, string> {
  const values: Record<string, string> = {};
  for (const name of names) {
    const value = req.query[name];
    if (typeof value !== 'string' || value === '') {
      throw new GraphQLError(`缺少参数 ${name} (missing query parameter ${name})`, {
        extensions: { code: ErrorCode.BAD_USER_INPUT },
      });
    }
    values[name] = value;
  }
  return values;
}

async function send(res: Response, make: () => Promise<{ filename: string; body: string }>) {
  try {
    const { filename, body } = await make();
    res
      .status(200)
      .type('text/csv; charset=utf-8')
      .set('Content-Disposition', `attachment; filename="${filename.replace(/[^\w.-]/g, '_')}"`)
      .send(body);
  } catch (error) {
    const code = error instanceof GraphQLError ? String(error.extensions.code) : ErrorCode.INTERNAL_SERVER_ERROR;
    const status = httpStatusOf(code);
    if (status === 500) console.error('export failed:', error);
    res
      .status(status)
      .json({ error: { code, message: status === 500 ? 'Internal server error.' : (error as Error).message } });
  }
}
