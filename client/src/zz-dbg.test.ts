import cytoscape from 'cytoscape';
import elk from 'cytoscape-elk';
import { chainMapToElements } from './elements';
import { runChainMapLayout } from './layout';
import { chainMapStyle } from './style';
import { aluminiumMap } from './test-fixtures';
cytoscape.use(elk);
it('dbg', async () => {
  const cy = cytoscape({ headless: true, styleEnabled: true, style: chainMapStyle(), elements: chainMapToElements({ map: aluminiumMap() }) });
  await runChainMapLayout(cy, { fit: false });
  cy.nodes('.stage').forEach((s) => {
    const c = s.children().boundingBox({ includeLabels: false });
    const b = s.boundingBox({ includeLabels: false });
    console.log(s.id(), 'children', c.y1, c.y2, 'stage', b.y1, b.y2, s.height(), s.style('min-height'), s.style('min-height-bias-top'), s.style('padding'));
  });
});
