package vn.danvan.organization.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.danvan.organization.Body;

/** A body in the tree of bodies, at its depth below the top. */
record BodyRow(Body body, int depth) {

    /** Bodies in tree order: each body followed by the bodies under it, siblings by name. */
    static List<BodyRow> tree(List<Body> bodies) {
        Set<Long> ids = new HashSet<>();
        bodies.forEach(body -> ids.add(body.id()));
        Map<Long, List<Body>> children = new HashMap<>();
        List<Body> roots = new ArrayList<>();
        for (Body body : bodies) {
            if (body.superiorId() != null && ids.contains(body.superiorId())) {
                children.computeIfAbsent(body.superiorId(), id -> new ArrayList<>())
                        .add(body);
            } else {
                roots.add(body);
            }
        }
        List<BodyRow> rows = new ArrayList<>();
        roots.sort(Comparator.comparing(Body::name));
        roots.forEach(root -> add(root, 0, children, rows, new HashSet<>()));
        return rows;
    }

    private static void add(Body body, int depth, Map<Long, List<Body>> children, List<BodyRow> rows, Set<Long> seen) {
        if (!seen.add(body.id())) {
            return;
        }
        rows.add(new BodyRow(body, depth));
        List<Body> below = new ArrayList<>(children.getOrDefault(body.id(), List.of()));
        below.sort(Comparator.comparing(Body::name));
        below.forEach(child -> add(child, depth + 1, children, rows, seen));
    }
}
