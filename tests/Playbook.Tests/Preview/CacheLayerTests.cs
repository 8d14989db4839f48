using Playbook.Html;
using Playbook.Modules;
using Playbook.Pipeline;
using Playbook.Preview;
using Playbook.Search;

namespace Playbook.Tests.Preview;

public class CacheLayerTests
{
    [Fact]
    public void The_layer_wraps_the_page_steps_that_make_a_body_and_leaves_the_steps_across_pages_as_they_are()
    {
        // Given the build's pipelines
        var pipelines = Pipelines.Default();

        // When a preview cache layer is put around them
        var layered = new CacheLayer(new RenderCache()).Around(pipelines);

        // Then each phase keeps its steps in order, and from ParseMarkdown to RenderMarkdown every
        // page-by-page step is wrapped while steps that read across pages are the build's own
        Assert.Equal(pipelines.Select(p => (p.Name, p.Modules.Count)), layered.Select(p => (p.Name, p.Modules.Count)));
        var steps = pipelines.SelectMany(p => p.Modules).ToList();
        var wrapped = layered.SelectMany(p => p.Modules).ToList();
        var parse = steps.FindIndex(m => m is ParseMarkdown);
        var render = steps.FindIndex(m => m is RenderMarkdown);
        for (var i = 0; i < steps.Count; i++)
        {
            var inBodies = i >= parse && i <= render;
            var cached = steps[i] is ReadInput or ApplyLayouts or CollectIdsAndLinks or BuildSearchIndex;
            if ((inBodies && steps[i] is IPerPageModule) || cached)
                Assert.NotSame(steps[i], wrapped[i]);
            else
                Assert.Same(steps[i], wrapped[i]);
        }
        Assert.Contains(steps.Skip(parse).Take(render - parse), m => m is CheckUniqueUrls);
    }
}
