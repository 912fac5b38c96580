import { funnelOrder } from '../../../src/core/metrics/funnel-order';
import { indexPipeline } from '../../../src/core/metrics/pipeline-index';
import { defaultPipeline } from '../../../src/core/stages/default-pipeline';

const pipeline = indexPipeline(defaultPipeline());

describe('funnelOrder', () => {
  it('defaults to the open and won stages in definition order, lost at the last open stage when unknown', () => {
    const order = funnelOrder(pipeline);
    expect(order.stages.map((s) => s.key)).toEqual(['prospecting', 'qualification', 'first-contact', 'proposal', 'negotiation', 'closed-won', 'onboarding']);
    expect(order.unknownLossProgress).toBe(4);
    expect(order.progressAt[pipeline.positionOf.get('closed-lost') as number]).toBe(-1);
  });

  it('refuses unknown, repeated and lost stages with a message naming the stage', () => {
    expect(() => funnelOrder(pipeline, ['prospecting', 'banana'])).toThrow('Unknown stage "banana"');
    expect(() => funnelOrder(pipeline, ['prospecting', 'prospecting'])).toThrow('"Prospecting" appears twice');
    expect(() => funnelOrder(pipeline, ['prospecting', 'closed-lost'])).toThrow('"Closed lost" is a lost stage');
  });
});
