namespace Playbook.Diagrams;

// A small top-down layered (Sugiyama-style) layout for the directed acyclic graphs of decision
// guides (5–20 nodes): longest-path layers, a dummy node wherever an edge skips a layer, barycenter
// sweeps to cut crossings, then each node drawn towards its neighbours. Written here rather than
// taken from GraphShape: see "Diagrams" in the README for the comparison.

public sealed record LayoutNode(string Id, double Width, double Height);

/// <summary>An edge to draw; <see cref="LabelWidth"/> and <see cref="LabelHeight"/> (0 for none) reserve room for its label under the source.</summary>
public sealed record LayoutEdge(string From, string To, double LabelWidth = 0, double LabelHeight = 0);

public readonly record struct Point(double X, double Y);

/// <summary>A node's top-left corner and size, and the layer (0 = top) it sits in.</summary>
public sealed record PlacedNode(string Id, double X, double Y, double Width, double Height, int Layer);

/// <summary>An edge as a polyline from its source's bottom to its target's top; its label is centred on <see cref="Label"/>.</summary>
public sealed record RoutedEdge(string From, string To, IReadOnlyList<Point> Points, Point Label);

public sealed record Layout(double Width, double Height, IReadOnlyList<PlacedNode> Nodes, IReadOnlyList<RoutedEdge> Edges);

public sealed record LayoutSpacing(double NodeGap = 32, double LayerGap = 36, double Margin = 8);

public static class LayeredLayout
{
    private const int Sweeps = 12;

    /// <summary>
    /// Lays out an acyclic graph top-down. The result depends only on the input and its order
    /// (nodes and edges in the order given break every tie), so two builds draw the same picture.
    /// </summary>
    public static Layout Arrange(IReadOnlyList<LayoutNode> nodes, IReadOnlyList<LayoutEdge> edges, LayoutSpacing spacing)
    {
        var graph = new Virtual(nodes, edges);
        var order = Order(graph);
        var labelRoom = new double[graph.LayerCount];
        foreach (var (edge, chain) in edges.Zip(graph.Chains))
            labelRoom[graph.Layer[chain[0]]] = Math.Max(labelRoom[graph.Layer[chain[0]]], edge.LabelHeight);
        var (top, bottom, height) = LayerBands(graph, order, labelRoom, spacing);
        var x = Coordinates(graph, order, spacing);
        var placed = nodes.Select((n, i) => new PlacedNode(n.Id, x[i] - n.Width / 2, top[graph.Layer[i]], n.Width, n.Height, graph.Layer[i])).ToList();
        var routed = Route(graph, x, top, bottom, placed);
        var labels = SpreadLabels(edges, routed, spacing);
        var width = Math.Max(x.Select((c, i) => c + graph.Width[i] / 2).DefaultIfEmpty(0).Max(), labels.Select((l, i) => l.X + edges[i].LabelWidth / 2).DefaultIfEmpty(0).Max()) + spacing.Margin;
        return new Layout(width, height, placed, routed.Select((r, i) => r with { Label = labels[i] }).ToList());
    }

    /// <summary>The graph with a dummy node on every layer an edge passes through; real nodes keep their indexes.</summary>
    private sealed class Virtual
    {
        public readonly List<int> Layer = [];
        public readonly List<double> Width = [];
        public readonly List<double> Height = [];
        public readonly List<List<int>> Down = [];
        public readonly List<List<int>> Up = [];
        /// <summary>Each original edge as its chain of virtual nodes, source first.</summary>
        public readonly List<List<int>> Chains = [];
        public readonly int RealCount;

        public Virtual(IReadOnlyList<LayoutNode> nodes, IReadOnlyList<LayoutEdge> edges)
        {
            RealCount = nodes.Count;
            var index = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var node in nodes)
            {
                index.TryAdd(node.Id, index.Count);
                Add(0, node.Width, node.Height);
            }
            var pairs = edges.Select(e => (From: index[e.From], To: index[e.To])).ToList();
            foreach (var (layer, i) in LongestPathLayers(nodes.Count, pairs).Select((l, i) => (l, i))) Layer[i] = layer;
            foreach (var (from, to) in pairs)
            {
                var chain = new List<int> { from };
                for (var layer = Layer[from] + 1; layer < Layer[to]; layer++) chain.Add(Add(layer, 0, 0));
                chain.Add(to);
                for (var k = 1; k < chain.Count; k++)
                {
                    Down[chain[k - 1]].Add(chain[k]);
                    Up[chain[k]].Add(chain[k - 1]);
                }
                Chains.Add(chain);
            }
        }

        public int Count => Layer.Count;

        public int LayerCount => Layer.Count == 0 ? 0 : Layer.Max() + 1;

        private int Add(int layer, double width, double height)
        {
            Layer.Add(layer);
            Width.Add(width);
            Height.Add(height);
            Down.Add([]);
            Up.Add([]);
            return Layer.Count - 1;
        }
    }

    /// <summary>Each node one layer below the lowest node that leads to it, so every edge points down.</summary>
    internal static int[] LongestPathLayers(int count, IReadOnlyList<(int From, int To)> edges)
    {
        var layer = new int[count];
        var incoming = new int[count];
        foreach (var (_, to) in edges) incoming[to]++;
        var ready = new Queue<int>(Enumerable.Range(0, count).Where(i => incoming[i] == 0));
        while (ready.TryDequeue(out var node))
            foreach (var (from, to) in edges)
                if (from == node)
                {
                    layer[to] = Math.Max(layer[to], layer[node] + 1);
                    if (--incoming[to] == 0) ready.Enqueue(to);
                }
        return layer;
    }

    /// <summary>The nodes of each layer left to right: depth-first order first, then barycenter sweeps, keeping the order with fewest crossings.</summary>
    private static List<List<int>> Order(Virtual graph)
    {
        var layers = Enumerable.Range(0, graph.LayerCount).Select(_ => new List<int>()).ToList();
        var seen = new bool[graph.Count];
        void Visit(int node)
        {
            if (seen[node]) return;
            seen[node] = true;
            layers[graph.Layer[node]].Add(node);
            foreach (var next in graph.Down[node]) Visit(next);
        }
        for (var i = 0; i < graph.Count; i++) Visit(i);

        var best = Copy(layers);
        var fewest = Crossings(graph, layers);
        for (var sweep = 0; sweep < Sweeps && fewest > 0; sweep++)
        {
            var down = sweep % 2 == 0;
            var range = down ? Enumerable.Range(1, layers.Count - 1) : Enumerable.Range(0, layers.Count - 1).Reverse();
            foreach (var l in range)
            {
                var fixedLayer = layers[down ? l - 1 : l + 1];
                var position = fixedLayer.Select((n, i) => (n, i)).ToDictionary(p => p.n, p => (double)p.i);
                var current = layers[l];
                // Nodes with no neighbour on the fixed side keep their place; OrderBy is stable, so ties keep the current order.
                layers[l] = current.Select((n, i) =>
                    {
                        var neighbours = (down ? graph.Up[n] : graph.Down[n]).Where(position.ContainsKey).ToList();
                        return (Node: n, Key: neighbours.Count == 0 ? i * (fixedLayer.Count / (double)Math.Max(1, current.Count)) : neighbours.Average(m => position[m]));
                    })
                    .OrderBy(p => p.Key).Select(p => p.Node).ToList();
            }
            var crossings = Crossings(graph, layers);
            if (crossings < fewest)
            {
                fewest = crossings;
                best = Copy(layers);
            }
        }
        return best;
    }

    private static List<List<int>> Copy(List<List<int>> layers) => layers.Select(l => l.ToList()).ToList();

    /// <summary>Pairs of edges between neighbouring layers whose ends are in opposite orders.</summary>
    internal static int Crossings(IReadOnlyList<IReadOnlyList<int>> layers, Func<int, IEnumerable<int>> down)
    {
        var total = 0;
        for (var l = 0; l + 1 < layers.Count; l++)
        {
            var below = layers[l + 1].Select((n, i) => (n, i)).ToDictionary(p => p.n, p => p.i);
            var segments = layers[l].SelectMany((n, i) => down(n).Where(below.ContainsKey).Select(m => (Top: i, Bottom: below[m]))).ToList();
            for (var a = 0; a < segments.Count; a++)
                for (var b = a + 1; b < segments.Count; b++)
                    if ((segments[a].Top - segments[b].Top) * (segments[a].Bottom - segments[b].Bottom) < 0) total++;
        }
        return total;
    }

    private static int Crossings(Virtual graph, List<List<int>> layers) => Crossings(layers, n => graph.Down[n]);

    /// <summary>Each layer's top and bottom: as tall as its tallest node, with room under it for the labels of the edges leaving it.</summary>
    private static (double[] Top, double[] Bottom, double Height) LayerBands(Virtual graph, List<List<int>> layers, double[] labelRoom, LayoutSpacing spacing)
    {
        var top = new double[layers.Count];
        var bottom = new double[layers.Count];
        var y = spacing.Margin;
        for (var l = 0; l < layers.Count; l++)
        {
            top[l] = y;
            bottom[l] = y + layers[l].Select(n => graph.Height[n]).DefaultIfEmpty(0).Max();
            // A label sits halfway down the gap with the edges' curves above and below it.
            y = bottom[l] + Math.Max(spacing.LayerGap, labelRoom[l] + spacing.LayerGap * 2 / 3);
        }
        return (top, bottom, layers.Count == 0 ? 2 * spacing.Margin : bottom[^1] + spacing.Margin);
    }

    /// <summary>
    /// Node centres: packed left to right, then pulled towards the mean of their neighbours above,
    /// then below, a few times, each time keeping the order and the gaps (<see cref="KeepApart"/>).
    /// </summary>
    private static double[] Coordinates(Virtual graph, List<List<int>> layers, LayoutSpacing spacing)
    {
        var x = new double[graph.Count];
        double Gap(int a, int b) => (graph.Width[a] + graph.Width[b]) / 2 + (a < graph.RealCount || b < graph.RealCount ? spacing.NodeGap : spacing.NodeGap / 2);
        foreach (var layer in layers)
            for (var i = 0; i < layer.Count; i++)
                x[layer[i]] = i == 0 ? graph.Width[layer[0]] / 2 : x[layer[i - 1]] + Gap(layer[i - 1], layer[i]);

        for (var pass = 0; pass < 8; pass++)
        {
            var down = pass % 2 == 0;
            foreach (var layer in down ? layers : Enumerable.Reverse(layers))
            {
                var want = layer.Select(n => (down ? graph.Up[n] : graph.Down[n]) is { Count: > 0 } near ? near.Average(m => x[m]) : x[n]).ToArray();
                var placed = KeepApart(want, i => Gap(layer[i - 1], layer[i]));
                for (var i = 0; i < layer.Count; i++) x[layer[i]] = placed[i];
            }
        }
        var shift = spacing.Margin - Enumerable.Range(0, graph.Count).Select(n => x[n] - graph.Width[n] / 2).DefaultIfEmpty(0).Min();
        return x.Select(c => Math.Round(c + shift, 1)).ToArray();
    }

    /// <summary>
    /// Each edge leaves its source from a point spread along the bottom (ordered by where the edges
    /// go, so they do not cross at the node) and enters its target's top the same way.
    /// </summary>
    private static List<RoutedEdge> Route(Virtual graph, double[] x, double[] top, double[] bottom, List<PlacedNode> nodes)
    {
        Dictionary<(int Node, int Edge), double> Ports(Func<List<int>, int> end, Func<List<int>, int> neighbour)
        {
            var ports = new Dictionary<(int, int), double>();
            foreach (var group in graph.Chains.Select((chain, e) => (chain, e)).GroupBy(p => end(p.chain)))
            {
                var ordered = group.OrderBy(p => x[neighbour(p.chain)]).ToList();
                var node = nodes[group.Key];
                for (var k = 0; k < ordered.Count; k++)
                    ports[(group.Key, ordered[k].e)] = Math.Round(node.X + node.Width * (k + 1) / (ordered.Count + 1), 1);
            }
            return ports;
        }
        var outPorts = Ports(c => c[0], c => c[1]);
        var inPorts = Ports(c => c[^1], c => c[^2]);

        return graph.Chains.Select((chain, e) =>
        {
            var source = nodes[chain[0]];
            var points = new List<Point> { new(outPorts[(chain[0], e)], source.Y + source.Height) };
            if (source.Y + source.Height < bottom[source.Layer]) points.Add(new(points[0].X, bottom[source.Layer]));
            foreach (var dummy in chain.Skip(1).SkipLast(1))
            {
                points.Add(new(x[dummy], top[graph.Layer[dummy]]));
                points.Add(new(x[dummy], bottom[graph.Layer[dummy]]));
            }
            var target = nodes[chain[^1]];
            points.Add(new(inPorts[(chain[^1], e)], target.Y));
            var first = points.FindIndex(p => p.Y >= bottom[source.Layer]);
            var label = new Point((points[first].X + points[first + 1].X) / 2, (points[first].Y + points[first + 1].Y) / 2);
            return new RoutedEdge(nodes[chain[0]].Id, nodes[chain[^1]].Id, points, label);
        }).ToList();
    }

    /// <summary>
    /// Positions as close to <paramref name="want"/> as the gaps allow (<paramref name="gapBefore"/>(i) between i-1 and i),
    /// in the same order: the mean of the row pushed right from the left end and the row pushed left from the right
    /// end. Both keep every gap, so their mean does, and it leans neither way.
    /// </summary>
    private static double[] KeepApart(double[] want, Func<int, double> gapBefore)
    {
        var left = new double[want.Length];
        var right = new double[want.Length];
        for (var i = 0; i < want.Length; i++)
            left[i] = i == 0 ? want[0] : Math.Max(want[i], left[i - 1] + gapBefore(i));
        for (var i = want.Length - 1; i >= 0; i--)
            right[i] = i == want.Length - 1 ? want[i] : Math.Min(want[i], right[i + 1] - gapBefore(i + 1));
        return left.Zip(right, (l, r) => (l + r) / 2).ToArray();
    }

    /// <summary>Labels in the same gap that would overlap are pushed apart sideways, keeping their left-to-right order.</summary>
    private static List<Point> SpreadLabels(IReadOnlyList<LayoutEdge> edges, List<RoutedEdge> routed, LayoutSpacing spacing)
    {
        var labels = routed.Select(r => r.Label).ToList();
        foreach (var gap in Enumerable.Range(0, edges.Count).Where(i => edges[i].LabelWidth > 0).GroupBy(i => labels[i].Y))
        {
            var row = gap.OrderBy(i => labels[i].X).ThenBy(i => i).ToList();
            double Gap(int a, int b) => (edges[a].LabelWidth + edges[b].LabelWidth) / 2 + spacing.NodeGap / 4;
            var spread = KeepApart(row.Select(i => labels[i].X).ToArray(), k => Gap(row[k - 1], row[k]));
            // A last pass keeps the gaps once the first label is held off the left edge.
            var previous = double.NegativeInfinity;
            for (var k = 0; k < row.Count; k++)
            {
                var at = Math.Max(spacing.Margin + edges[row[k]].LabelWidth / 2, spread[k]);
                if (k > 0) at = Math.Max(at, previous + Gap(row[k - 1], row[k]));
                labels[row[k]] = labels[row[k]] with { X = Math.Round(at, 1) };
                previous = at;
            }
        }
        return labels;
    }
}
