using Playbook.Diagrams;

namespace Playbook.Tests.Diagrams;

public class LayeredLayoutTests
{
    private static readonly LayoutSpacing Spacing = new();

    private static List<LayoutNode> Nodes(params string[] ids) => ids.Select(id => new LayoutNode(id, 100, 40)).ToList();

    private static List<LayoutEdge> Edges(params string[] pairs) =>
        pairs.Select(p => p.Split('>')).Select(p => new LayoutEdge(p[0], p[1], 60, 20)).ToList();

    private static int LayerOf(Layout layout, string id) => layout.Nodes.Single(n => n.Id == id).Layer;

    [Fact]
    public void Each_node_sits_one_layer_below_the_lowest_node_that_leads_to_it()
    {
        // Given a start whose answers lead to an outcome directly and through a question
        var layout = LayeredLayout.Arrange(Nodes("start", "more", "end"), Edges("start>more", "start>end", "more>end"), Spacing);

        // Then the outcome is below the question, not beside it, with room for the 20px labels between the layers
        Assert.Equal([0, 1, 2], new[] { "start", "more", "end" }.Select(id => LayerOf(layout, id)));
        var tops = layout.Nodes.OrderBy(n => n.Layer).Select(n => n.Y).ToList();
        Assert.All(tops.Zip(tops.Skip(1)), p => Assert.True(p.Second - p.First >= 40 + 20 + Spacing.LayerGap / 2, $"layers at {p.First} and {p.Second}"));
    }

    [Fact]
    public void Every_edge_runs_from_its_source_bottom_down_to_its_target_top()
    {
        // Given an edge that skips a layer (start > end) and two that do not
        var layout = LayeredLayout.Arrange(Nodes("start", "more", "end"), Edges("start>more", "start>end", "more>end"), Spacing);

        // Then there is one route per edge, in order, each going only downwards from box to box
        Assert.Equal(["start>more", "start>end", "more>end"], layout.Edges.Select(e => $"{e.From}>{e.To}"));
        foreach (var edge in layout.Edges)
        {
            var (from, to) = (layout.Nodes.Single(n => n.Id == edge.From), layout.Nodes.Single(n => n.Id == edge.To));
            Assert.Equal(from.Y + from.Height, edge.Points[0].Y, 0.01);
            Assert.InRange(edge.Points[0].X, from.X, from.X + from.Width);
            Assert.Equal(to.Y, edge.Points[^1].Y, 0.01);
            Assert.InRange(edge.Points[^1].X, to.X, to.X + to.Width);
            Assert.True(edge.Points.Zip(edge.Points.Skip(1)).All(p => p.Second.Y >= p.First.Y), "an edge goes back up");
        }
        // And the long edge passes the middle layer beside the question, not through it
        var more = layout.Nodes.Single(n => n.Id == "more");
        var passing = layout.Edges[1].Points.Where(p => p.Y >= more.Y && p.Y <= more.Y + more.Height);
        Assert.All(passing, p => Assert.False(p.X > more.X && p.X < more.X + more.Width, $"the edge crosses the box at x={p.X}"));
    }

    [Theory]
    [InlineData("a>b-child", "b>a-child", "r>a", "r>b")]
    [InlineData("s>q1", "s>q2", "q1>o1", "q1>o2", "q2>o1", "q2>o3")]
    [InlineData("s>q2", "s>q1", "q2>o1", "q2>o2", "q1>o3", "q1>o2")]
    public void Graphs_that_can_be_drawn_without_crossings_are(params string[] pairs)
    {
        // Given a graph whose input order invites crossings
        var edges = Edges(pairs);
        var nodes = Nodes(pairs.SelectMany(p => p.Split('>')).Distinct().ToArray());

        // When laid out
        var layout = LayeredLayout.Arrange(nodes, edges, Spacing);

        // Then no two edges between the same layers have their ends in opposite orders
        var routes = layout.Edges.Where(e => layout.Nodes.Single(n => n.Id == e.To).Layer == layout.Nodes.Single(n => n.Id == e.From).Layer + 1).ToList();
        foreach (var (e, f) in routes.SelectMany((e, i) => routes.Skip(i + 1).Select(f => (e, f))))
            if (layout.Nodes.Single(n => n.Id == e.From).Layer == layout.Nodes.Single(n => n.Id == f.From).Layer)
                Assert.False((e.Points[0].X - f.Points[0].X) * (e.Points[^1].X - f.Points[^1].X) < 0, $"{e.From}>{e.To} crosses {f.From}>{f.To}");
    }

    [Fact]
    public void Crossings_counts_pairs_of_edges_whose_ends_are_in_opposite_orders()
    {
        // Given 0 and 1 above 2 and 3, with 0 > 3 and 1 > 2
        var layers = new List<IReadOnlyList<int>> { new[] { 0, 1 }, new[] { 2, 3 } };

        // Then the two edges cross once
        Assert.Equal(1, LayeredLayout.Crossings(layers, n => n switch { 0 => [3], 1 => [2], _ => [] }));
    }

    [Fact]
    public void Boxes_of_one_layer_do_not_overlap_and_labels_of_one_gap_do_not_overlap()
    {
        // Given a start with four answers to four outcomes
        var layout = LayeredLayout.Arrange(Nodes("s", "a", "b", "c", "d"), Edges("s>a", "s>b", "s>c", "s>d"), Spacing);

        // Then the outcomes stand apart, and so do the four labels
        var row = layout.Nodes.Where(n => n.Layer == 1).OrderBy(n => n.X).ToList();
        Assert.All(row.Zip(row.Skip(1)), p => Assert.True(p.Second.X >= p.First.X + p.First.Width + Spacing.NodeGap - 0.1));
        var labels = layout.Edges.Select(e => e.Label.X).Order().ToList();
        Assert.All(labels.Zip(labels.Skip(1)), p => Assert.True(p.Second - p.First >= 60, $"labels at {p.First} and {p.Second} overlap"));
        Assert.True(layout.Width >= row[^1].X + row[^1].Width);
    }

    [Fact]
    public void The_same_graph_is_laid_out_the_same_every_time()
    {
        // Given a graph with a long edge and shared targets
        Layout Arrange() => LayeredLayout.Arrange(Nodes("a", "b", "c", "d", "e"), Edges("a>b", "a>c", "b>d", "c>d", "b>e", "a>e"), Spacing);

        // Then two layouts agree to the last coordinate
        var (first, second) = (Arrange(), Arrange());
        Assert.Equal(first.Nodes, second.Nodes);
        Assert.Equal(first.Edges.SelectMany(e => e.Points.Append(e.Label)), second.Edges.SelectMany(e => e.Points.Append(e.Label)));
    }
}
