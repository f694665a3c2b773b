"""Where each child of the relation map goes, and where its lines run: arithmetic, no Qt.

The layout must be *stable*: a leader who looks at the map in September and again in
October should find the children where they were if the relations have not changed, and
two staff members printing the same period must get the same picture. So nothing here is
random and nothing depends on the order the data arrive in: names are sorted first, every
loop runs in that order, and ties are broken by name.

The children with at least one relation sit on an ellipse (wider than tall, like a screen
or a landscape page), ordered so that children written about together are neighbours,
and spaced so that close ties sit a little closer. Their names stand outside the ellipse
and the lines run inside it, so no line crosses a name; a line that would run straight
over another child bows towards the middle instead. (A free spring layout
would pile a group's 40–100 ties up in the middle, over names and circles.) Children
without any relation in the period get a row of their own under the ellipse, so that
they stand out instead of hiding among the others.

All lengths are in pixels at scale 1 of the font that measured the names.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace

ASPECT = 1.5  # width : height of the ellipse: a screen, a landscape page
TIE_PULL = 0.2  # the gap to a neighbour shrinks by up to this share for the closest tie
CLEAR_GROWTH = 1.15  # how much larger the ellipse may grow to keep lines off circles
RIM_GAP = 1.0  # between neighbours on the ellipse, in lines of text
BOW = 0.3  # how far a line's middle is drawn towards the centre of the ellipse
CURVE_STEPS = 16  # straight pieces per line, for hit-testing and measuring
COUNT_ON_EDGE = 3  # from this many shared narratives the count is written on the line

Point = tuple[float, float]
Curve = tuple[Point, Point, Point]  # start, control point, end of a quadratic curve


@dataclass(frozen=True)
class Rect:
    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h

    def intersects(self, other: Rect, gap: float = 0.0) -> bool:
        """Whether the two overlap or come closer than ``gap``."""
        return (
            self.x < other.right + gap
            and other.x < self.right + gap
            and self.y < other.bottom + gap
            and other.y < self.bottom + gap
        )

    def contains(self, x: float, y: float) -> bool:
        return self.x <= x <= self.right and self.y <= y <= self.bottom

    def united(self, other: Rect) -> Rect:
        left, top = min(self.x, other.x), min(self.y, other.y)
        right, bottom = max(self.right, other.right), max(self.bottom, other.bottom)
        return Rect(left, top, right - left, bottom - top)

    def moved(self, dx: float, dy: float) -> Rect:
        return Rect(self.x + dx, self.y + dy, self.w, self.h)


def clash(a: tuple[Rect, Rect], b: tuple[Rect, Rect], gap: float = 0.0) -> bool:
    """Whether two children (circle, name) overlap: part by part, since a name beside a
    circle leaves an empty corner that a neighbour may use."""
    return any(p.intersects(q, gap) for p in a for q in b)


@dataclass(frozen=True)
class PlacedNode:
    name: str
    count: int  # narratives with the child in the period
    x: float  # centre of the circle
    y: float
    radius: float
    label: Rect  # where the name is written
    connected: bool  # False: no relation in the period (set apart and marked)

    @property
    def circle(self) -> Rect:
        return Rect(self.x - self.radius, self.y - self.radius, 2 * self.radius, 2 * self.radius)

    @property
    def parts(self) -> tuple[Rect, Rect]:
        return (self.circle, self.label)

    @property
    def box(self) -> Rect:
        return self.circle.united(self.label)

    def hits(self, x: float, y: float) -> bool:
        inside = (x - self.x) ** 2 + (y - self.y) ** 2 <= self.radius**2
        return inside or self.label.contains(x, y)


@dataclass(frozen=True)
class GraphLayout:
    nodes: tuple[PlacedNode, ...]  # connected children round the ellipse, then the others
    edges: tuple[tuple[str, str, int], ...]  # (a, b, count), a < b; strongest first
    width: float
    height: float
    graph: Rect  # the area of the connected children (a strip for a note when empty)
    band: Rect | None  # the separate row: its heading at the top, then the children
    centre: Point  # of the ellipse: lines bow towards it
    controls: Mapping[tuple[str, str], Point]  # each edge's control point (a < b)
    # Each edge as straight pieces, worked out once: the pointer asks on every move.
    polylines: Mapping[tuple[str, str], tuple[Point, ...]] = field(default_factory=dict)

    def node(self, name: str) -> PlacedNode:
        for node in self.nodes:
            if node.name == name:
                return node
        raise KeyError(name)


# -- order and size ----------------------------------------------------------------------


def name_key(name: str) -> tuple[str, str]:
    """Alphabetical as a person reads it, and still total when two names differ by case."""
    return (name.casefold(), name)


def edge_order(edge: tuple[str, str, int]) -> tuple[int, tuple[str, str], tuple[str, str]]:
    """Strongest first, then by the two names: the order of the keyboard and of drawing."""
    a, b, count = edge
    return (-count, name_key(a), name_key(b))


def node_radius(count: int, largest: int, unit: float) -> float:
    """The area grows with the number of narratives; the smallest circle still holds a
    two-digit number, the largest stays small enough to leave room for the names."""
    smallest, biggest = 0.75 * unit, 1.5 * unit
    if largest <= 0 or count <= 0:
        return smallest
    return smallest + (biggest - smallest) * math.sqrt(min(count, largest) / largest)


def normalise(
    nodes: Iterable[tuple[str, int]], edges: Iterable[tuple[str, str, int]]
) -> tuple[dict[str, int], dict[tuple[str, str], int]]:
    """Counts per child and per unordered pair, independent of the order given."""
    counts: dict[str, int] = {}
    for name, count in nodes:
        counts[name] = max(count, counts.get(name, 0))
    weights: dict[tuple[str, str], int] = {}
    for a, b, count in edges:
        if a == b or count <= 0:
            continue
        pair = (min(a, b), max(a, b))
        weights[pair] = weights.get(pair, 0) + count
        for name in pair:
            counts.setdefault(name, 0)
    return counts, weights


def circle_order(names: Iterable[str], weights: Mapping[tuple[str, str], int]) -> list[str]:
    """The children round the ellipse, strongly connected children side by side.

    Cheapest insertion for a heavy round trip: children come in by their total weight
    (then by name), each goes in between the two neighbours it gains most by sitting
    beside. The first (the most written-about child) stays first: it goes at the top.
    """

    def weight(a: str, b: str) -> int:
        return weights.get((min(a, b), max(a, b)), 0)

    strength = dict.fromkeys(names, 0)
    for (a, b), count in weights.items():
        for name in (a, b):
            if name in strength:
                strength[name] += count
    cycle: list[str] = []
    for name in sorted(strength, key=lambda n: (-strength[n], name_key(n))):
        if len(cycle) < 2:
            cycle.append(name)
            continue
        best, best_gain = 0, -math.inf
        for i, before in enumerate(cycle):
            after = cycle[(i + 1) % len(cycle)]
            gain = weight(before, name) + weight(name, after) - weight(before, after)
            if gain > best_gain:  # strictly: the earliest place wins a tie
                best, best_gain = i, gain
        cycle.insert(best + 1, name)
    return cycle


def ring_angles(order: list[str], weights: Mapping[tuple[str, str], int]) -> list[float]:
    """Where round the ellipse each child sits (parameter angle, the first at the top,
    clockwise). Neighbours written about together sit closer and the others further
    apart, as springs along the ring would settle: the gap to the next child shrinks or
    grows by up to ``TIE_PULL`` with their shared narratives against the group's
    heaviest tie."""
    count = len(order)
    heaviest = max(weights.values(), default=0)
    gaps = []
    for i, name in enumerate(order):
        after = order[(i + 1) % count]
        shared = weights.get((min(name, after), max(name, after)), 0)
        pull = TIE_PULL * (2 * shared / heaviest - 1) if heaviest and count > 2 else 0.0
        gaps.append(1.0 - pull)
    total = sum(gaps)
    angles = []
    angle = -math.pi / 2
    for gap in gaps:
        angles.append(angle)
        angle += 2 * math.pi * gap / total
    return angles


# -- lines -------------------------------------------------------------------------------


def bowed(start: Point, end: Point, centre: Point) -> Point:
    """The control point of a line: its middle, drawn a little towards the centre. A line
    through the centre stays straight; a short one between near neighbours arcs inwards,
    clear of the children between them on the rim."""
    mx, my = (start[0] + end[0]) / 2, (start[1] + end[1]) / 2
    return (mx + (centre[0] - mx) * BOW, my + (centre[1] - my) * BOW)


def curve_at(curve: Curve, t: float) -> Point:
    (x0, y0), (cx, cy), (x1, y1) = curve
    u = 1 - t
    return (u * u * x0 + 2 * u * t * cx + t * t * x1, u * u * y0 + 2 * u * t * cy + t * t * y1)


def curve_points(curve: Curve, steps: int = CURVE_STEPS) -> list[Point]:
    return [curve_at(curve, i / steps) for i in range(steps + 1)]


def segment_distance(x: float, y: float, line: tuple[float, float, float, float]) -> float:
    x1, y1, x2, y2 = line
    dx, dy = x2 - x1, y2 - y1
    length2 = dx * dx + dy * dy
    t = 0.0 if length2 == 0 else max(0.0, min(1.0, ((x - x1) * dx + (y - y1) * dy) / length2))
    return math.hypot(x - (x1 + t * dx), y - (y1 + t * dy))


def polyline_distance(x: float, y: float, points: Sequence[Point]) -> float:
    return min(segment_distance(x, y, (*points[i], *points[i + 1])) for i in range(len(points) - 1))


def _rim(x: float, y: float, radius: float, towards: Point) -> Point:
    dx, dy = towards[0] - x, towards[1] - y
    length = math.hypot(dx, dy) or 1.0
    return (x + dx / length * radius, y + dy / length * radius)


def _clear_of(
    points: list[Point], others: Iterable[tuple[float, float, float]], room: float
) -> bool:
    return all(polyline_distance(x, y, points) >= r + room for x, y, r in others)


def control_point(
    start: Point, end: Point, centre: Point, others: list[tuple[float, float, float]], room: float
) -> Point:
    """Straight (the middle) when the straight line keeps ``room`` clear of every other
    child (x, y, radius); bowed towards the centre when it would run over one."""
    middle = ((start[0] + end[0]) / 2, (start[1] + end[1]) / 2)
    if _clear_of([start, end], others, room):
        return middle
    return bowed(start, end, centre)


def edge_curve(layout: GraphLayout, a: str, b: str) -> Curve:
    """The visible part of an edge: from circle rim to circle rim."""
    na, nb = layout.node(a), layout.node(b)
    control = layout.controls[(min(a, b), max(a, b))]
    return (_rim(na.x, na.y, na.radius, control), control, _rim(nb.x, nb.y, nb.radius, control))


# -- the ellipse ---------------------------------------------------------------------------


def _label_below(x: float, y: float, radius: float, size: tuple[float, float], gap: float) -> Rect:
    width, height = size
    return Rect(x - width / 2, y + radius + gap, width, height)


def _label_outside(
    x: float, y: float, radius: float, size: tuple[float, float], normal: Point, gap: float
) -> Rect:
    """The name on the outer side of the circle, pointing away from the ellipse: the lines
    run inside it, so they never cross a name."""
    width, height = size
    nx, ny = normal
    ax, ay = x + nx * (radius + gap), y + ny * (radius + gap)
    if nx > 0.35:
        left = ax
    elif nx < -0.35:
        left = ax - width
    else:
        left = ax - width / 2
    if ny > 0.35:
        top = ay
    elif ny < -0.35:
        top = ay - height
    else:
        top = ay - height / 2
    return Rect(left, top, width, height)


def _ellipse_perimeter(rx: float, ry: float) -> float:
    # Ramanujan's approximation: good to well under a percent for any ellipse we draw.
    return math.pi * (3 * (rx + ry) - math.sqrt((3 * rx + ry) * (rx + 3 * ry)))


@dataclass(frozen=True)
class _Spot:
    x: float
    y: float
    radius: float
    label: Rect

    @property
    def circle(self) -> Rect:
        return Rect(self.x - self.radius, self.y - self.radius, 2 * self.radius, 2 * self.radius)

    @property
    def box(self) -> Rect:
        return self.circle.united(self.label)


def _overlapping(
    spots: list[_Spot], gap: float, wider: Mapping[tuple[int, int], float] | None = None
) -> bool:
    """Whether two children come closer than ``gap`` (or their own gap in ``wider``)."""
    parts = [(spot.circle, spot.label) for spot in spots]
    wider = wider or {}
    return any(
        clash(parts[i], parts[j], wider.get((i, j), gap))
        for i in range(len(parts))
        for j in range(i + 1, len(parts))
    )


def _over_a_child(spots: list[_Spot], links: list[tuple[int, int]], room: float) -> bool:
    """Whether a line, straight or bowed, runs over a third child's circle: it would seem
    to end there."""
    for i, j in links:
        start, end = (spots[i].x, spots[i].y), (spots[j].x, spots[j].y)
        others = [(s.x, s.y, s.radius) for k, s in enumerate(spots) if k not in (i, j)]
        control = control_point(start, end, (0.0, 0.0), others, room)
        if not _clear_of(curve_points((start, control, end)), others, room):
            return True
    return False


def _ring(
    order: list[str],
    weights: Mapping[tuple[str, str], int],
    radii: list[float],
    sizes: list[tuple[float, float]],
    unit: float,
    aspect: float,
    count_label: tuple[float, float],
) -> list[_Spot]:
    """The connected children on an ellipse round (0, 0), just large enough that no two
    of them overlap and, within reason, that no line runs over a third child."""
    label_gap = unit * 0.3  # clear of the ring that marks a chosen child on screen
    # Neighbours keep a clear stretch of line between them: the tie between two children
    # side by side is often the strongest of the group.
    gap = unit * RIM_GAP
    angles = ring_angles(order, weights)
    index = {name: i for i, name in enumerate(order)}
    links = sorted((index[a], index[b]) for a, b in weights if a in index and b in index)
    # Neighbours with a count on their line keep room for it between them.
    wider = {}
    for i, name in enumerate(order):
        j = (i + 1) % len(order)
        after = order[j]
        if i != j and weights.get((min(name, after), max(name, after)), 0) >= COUNT_ON_EDGE:
            wider[(min(i, j), max(i, j))] = max(gap, count_label[0] + unit * 0.5)

    def place(ry: float) -> list[_Spot]:
        rx = aspect * ry
        spots = []
        for angle, radius, size in zip(angles, radii, sizes, strict=True):
            x, y = rx * math.cos(angle), ry * math.sin(angle)
            nx, ny = math.cos(angle) / rx, math.sin(angle) / ry
            length = math.hypot(nx, ny)
            label = _label_outside(x, y, radius, size, (nx / length, ny / length), label_gap)
            spots.append(_Spot(x, y, radius, label))
        return spots

    # From the smallest ellipse whose rim could hold the circles side by side, grow in
    # small steps: the first size that works is the most compact one. It always ends:
    # the children sit at distinct angles, and only their distances grow.
    ry = max(sum(2 * r + gap for r in radii) / _ellipse_perimeter(aspect, 1.0), unit)
    spots = place(ry)
    while _overlapping(spots, gap, wider):
        ry *= 1.02
        spots = place(ry)
    limit = ry * CLEAR_GROWTH  # beyond this the map gets too big for the names to stay readable
    while ry < limit and _over_a_child(spots, links, unit * 0.25):
        ry *= 1.02
        spots = place(ry)
    return spots


def layout_graph(
    nodes: Iterable[tuple[str, int]],
    edges: Iterable[tuple[str, str, int]],
    label_sizes: Mapping[str, tuple[float, float]],
    *,
    unit: float,
    band_heading: tuple[float, float] = (0.0, 0.0),
    count_label: tuple[float, float] = (0.0, 0.0),
    note: tuple[float, float] = (0.0, 0.0),
    aspect: float = ASPECT,
) -> GraphLayout:
    """Place every child. ``label_sizes`` are the measured names, ``unit`` the height of a
    line of text, ``band_heading`` the size of the heading over the separate row,
    ``count_label`` that of the count written on a line and ``note`` that of the words
    shown instead of the ellipse when no child has a relation."""
    counts, weights = normalise(nodes, edges)
    largest = max(counts.values(), default=0)
    margin = unit
    label_gap = unit * 0.15
    gap = unit * 0.5

    def size_of(name: str) -> tuple[float, float]:
        # A name nobody measured still gets room: about as wide as it is long.
        return label_sizes.get(name, (len(name) * unit * 0.6, unit))

    connected = {name for pair in weights for name in pair}
    order = circle_order(sorted(connected, key=name_key), weights)
    loose = sorted((name for name in counts if name not in connected), key=name_key)
    radius = {name: node_radius(count, largest, unit) for name, count in counts.items()}

    placed: list[PlacedNode] = []
    if order:
        spots = _ring(
            order,
            weights,
            [radius[n] for n in order],
            [size_of(n) for n in order],
            unit,
            aspect,
            count_label,
        )
        left = min(spot.box.x for spot in spots)
        top = min(spot.box.y for spot in spots)
        dx, dy = margin - left, margin - top
        for name, spot in zip(order, spots, strict=True):
            placed.append(
                PlacedNode(
                    name,
                    counts[name],
                    spot.x + dx,
                    spot.y + dy,
                    spot.radius,
                    spot.label.moved(dx, dy),
                    connected=True,
                )
            )
        graph = Rect(
            margin,
            margin,
            max(spot.box.right for spot in spots) - left,
            max(spot.box.bottom for spot in spots) - top,
        )
        centre = (dx, dy)
    else:
        # No relations at all: a strip where the drawing can say so.
        graph = Rect(
            margin, margin, max(note[0], band_heading[0], unit * 20), max(note[1], unit * 2)
        )
        centre = (graph.x + graph.w / 2, graph.y + graph.h / 2)

    band: Rect | None = None
    if loose:
        heading_w, heading_h = band_heading
        top = graph.bottom + unit * 1.5
        row_limit = max(graph.w, heading_w, unit * 24)
        tallest = max(radius[name] for name in loose)
        row_h = 2 * tallest + label_gap + max(size_of(name)[1] for name in loose)
        x = margin
        y = top + heading_h + unit * 0.5
        right = margin + heading_w
        for name in loose:
            r = radius[name]
            width = max(2 * r, size_of(name)[0])
            if x > margin and x + width > margin + row_limit:
                x = margin
                y += row_h + gap
            centre_x, centre_y = x + width / 2, y + tallest
            placed.append(
                PlacedNode(
                    name,
                    counts[name],
                    centre_x,
                    centre_y,
                    r,
                    _label_below(centre_x, centre_y, r, size_of(name), label_gap),
                    connected=False,
                )
            )
            right = max(right, x + width)
            x += width + gap * 2
        band = Rect(margin, top, max(right - margin, graph.w), y + row_h - top)

    right = max(graph.right, band.right if band else 0.0)
    bottom = band.bottom if band else graph.bottom
    at = {node.name: node for node in placed}
    controls = {}
    for a, b in sorted(weights):
        others = [(n.x, n.y, n.radius) for n in placed if n.connected and n.name not in (a, b)]
        controls[(a, b)] = control_point(
            (at[a].x, at[a].y), (at[b].x, at[b].y), centre, others, unit * 0.25
        )
    layout = GraphLayout(
        nodes=tuple(placed),
        edges=tuple(sorted(((a, b, n) for (a, b), n in weights.items()), key=edge_order)),
        width=right + margin,
        height=bottom + margin,
        graph=graph,
        band=band,
        centre=centre,
        controls=controls,
    )
    polylines = {pair: tuple(curve_points(edge_curve(layout, *pair))) for pair in controls}
    return replace(layout, polylines=polylines)


# -- questions about a layout --------------------------------------------------------------


def labels_overlap(layout: GraphLayout) -> list[tuple[str, str]]:
    """Pairs of children whose circles or names overlap: none, in a good layout."""
    nodes = layout.nodes
    return [
        (nodes[i].name, nodes[j].name)
        for i in range(len(nodes))
        for j in range(i + 1, len(nodes))
        if clash(nodes[i].parts, nodes[j].parts)
    ]


def edge_near(
    layout: GraphLayout, x: float, y: float, reach: Mapping[int, float]
) -> tuple[str, str] | None:
    """The edge nearest to the point within ``reach`` (by the edge's count), unless the
    point is on a child: the child wins there."""
    if any(node.hits(x, y) for node in layout.nodes):
        return None
    best: tuple[float, int, tuple[str, str]] | None = None
    for rank, (a, b, count) in enumerate(layout.edges):
        distance = polyline_distance(x, y, layout.polylines[(a, b)])
        if distance <= reach.get(count, 0.0) and (best is None or (distance, rank) < best[:2]):
            best = (distance, rank, (a, b))
    return best[2] if best else None


def node_near(layout: GraphLayout, x: float, y: float) -> str | None:
    for node in layout.nodes:
        if node.hits(x, y):
            return node.name
    return None


def place_edge_labels(
    layout: GraphLayout, size: tuple[float, float], minimum: int
) -> dict[tuple[str, str], Rect]:
    """Where to write the count on each edge of at least ``minimum`` narratives: on the
    line, clear of every child and of the other counts; the strongest edges choose first.
    An edge with no free place goes without (its tooltip still tells)."""
    width, height = size
    parts = [part for node in layout.nodes for part in node.parts]
    placed: dict[tuple[str, str], Rect] = {}
    for a, b, count in layout.edges:
        if count < minimum:
            continue
        curve = edge_curve(layout, a, b)
        for t in (0.5, 0.42, 0.58, 0.34, 0.66, 0.26, 0.74):
            x, y = curve_at(curve, t)
            rect = Rect(x - width / 2, y - height / 2, width, height)
            if any(rect.intersects(part, 2) for part in parts):
                continue
            if any(rect.intersects(other, 2) for other in placed.values()):
                continue
            placed[(a, b)] = rect
            break
    return placed
