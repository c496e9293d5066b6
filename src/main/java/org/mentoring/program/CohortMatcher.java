package org.mentoring.program;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import org.jgrapht.Graph;
import org.jgrapht.alg.flow.mincost.CapacityScalingMinimumCostFlow;
import org.jgrapht.alg.interfaces.ShortestPathAlgorithm;
import org.jgrapht.alg.shortestpath.BellmanFordShortestPath;
import org.jgrapht.graph.DirectedWeightedMultigraph;
import org.jgrapht.alg.flow.mincost.MinimumCostFlowProblem;
import org.jgrapht.alg.interfaces.MinimumCostFlowAlgorithm;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleDirectedWeightedGraph;
import org.mentoring.people.FitScore;

/**
 * A cohort's globally optimal many-to-one assignment: the most mentees matched, then the highest total fit score,
 * within each mentor's room — a minimum-cost flow (JGraphT's capacity scaling) from every mentee to a sink, through a
 * mentor (cost: the best score minus this pair's) or straight there unmatched (cost: more than any set of pairs can
 * make up, so one more match always wins).
 *
 * <p>Hard constraints decide which pairs exist at all: never the same person, a mentor who speaks one of the mentee's
 * languages (when they name any), and nothing {@code excluded} (a manager's forbid, an earlier decline). The flow
 * starts from each mentee's {@link #CANDIDATES} best pairs; shortest-path potentials of the solved flow's residual
 * network then price every pair left out, and any that could lower the cost is added and the flow solved again, so
 * the answer is optimal over all pairs (linear programming duality), not just the ones tried first.
 */
public final class CohortMatcher {
    static final int CANDIDATES = 10;
    static final int ADDED_PER_ROUND = 3;
    private static final double EPSILON = 1e-6;

    /** Someone seeking a mentor: what the fit score needs, and the languages a mentor must share (none: any). */
    public record Mentee(String key, FitScore.Seeker seeker) {
    }

    /** A mentor with {@code room} more mentees to take in this run. */
    public record Mentor(String key, FitScore.Candidate candidate, int room) {
    }

    /** Why a mentee was left unmatched. */
    public enum Reason {
        /** No mentor has room. */
        NO_ROOM,
        /** No mentor with room speaks any of the mentee's languages. */
        LANGUAGE,
        /** Every mentor with room who speaks their language is excluded (forbidden, declined before). */
        EXCLUDED,
        /** The mentors who fit are taken by mentees the assignment serves better. */
        FULL
    }

    public record Pair(String menteeKey, String mentorKey, double score) {
    }

    public record Unmatched(String menteeKey, Reason reason, int candidates) {
    }

    public record Result(List<Pair> pairs, List<Unmatched> unmatched, double totalScore, int rounds) {
    }

    private final FitScore fit;

    public CohortMatcher(FitScore fit) {
        this.fit = fit;
    }

    /** A vertex: a mentee ({@code 0…m-1}), a mentor ({@code m…m+n-1}) or the sink ({@code m+n}). An arc carries its capacity and cost. */
    static final class Arc extends DefaultWeightedEdge {
        private static final long serialVersionUID = 1L;
        final int capacity;
        final double cost;

        Arc(int capacity, double cost) {
            this.capacity = capacity;
            this.cost = cost;
        }
    }

    /** Adds an arc; the solver reads its cost as the edge's weight. */
    private static void arc(Graph<Integer, Arc> g, int from, int to, int capacity, double cost) {
        Arc a = new Arc(capacity, cost);
        g.addEdge(from, to, a);
        g.setEdgeWeight(a, cost);
    }

    public Result match(List<Mentee> mentees, List<Mentor> mentors, BiPredicate<String, String> excluded) {
        int m = mentees.size();
        int n = mentors.size();
        int sink = m + n;
        Map<String, List<Integer>> byLanguage = new HashMap<>();
        List<Integer> withRoom = new ArrayList<>();
        for (int j = 0; j < n; j++) {
            if (mentors.get(j).room() > 0) {
                withRoom.add(j);
                for (String language : mentors.get(j).candidate().languages()) {
                    byLanguage.computeIfAbsent(language, k -> new ArrayList<>()).add(j);
                }
            }
        }
        // Every allowed pair with its score in hundredths (integral costs keep the solver exact).
        int[][] to = new int[m][];
        long[][] cents = new long[m][];
        Reason[] blocked = new Reason[m];
        long best = 0;
        for (int i = 0; i < m; i++) {
            Mentee mentee = mentees.get(i);
            Set<String> languages = mentee.seeker().languages();
            Iterable<Integer> speaking;
            if (languages.isEmpty()) {
                speaking = withRoom;
            } else {
                Set<Integer> union = new LinkedHashSet<>();
                for (String language : languages) {
                    union.addAll(byLanguage.getOrDefault(language, List.of()));
                }
                speaking = union;
            }
            int[] js = new int[n];
            long[] cs = new long[n];
            int count = 0;
            boolean anySpeaking = false;
            for (int j : speaking) {
                Mentor mentor = mentors.get(j);
                if (mentor.key().equals(mentee.key())) {
                    continue;
                }
                anySpeaking = true;
                if (excluded.test(mentee.key(), mentor.key())) {
                    continue;
                }
                js[count] = j;
                cs[count] = Math.round(fit.total(mentee.seeker(), mentor.candidate()) * 100);
                best = Math.max(best, cs[count]);
                count++;
            }
            to[i] = Arrays.copyOf(js, count);
            cents[i] = Arrays.copyOf(cs, count);
            blocked[i] = withRoom.isEmpty() ? Reason.NO_ROOM : !anySpeaking ? Reason.LANGUAGE : count == 0 ? Reason.EXCLUDED : Reason.FULL;
        }
        final long top = best;
        // One more matched mentee must outweigh any difference in score the other pairs can make.
        double unmatchedCost = (double) (top + 1) * (m + 1);

        Graph<Integer, Arc> g = new SimpleDirectedWeightedGraph<>(null, null);
        for (int v = 0; v <= sink; v++) {
            g.addVertex(v);
        }
        for (int j = 0; j < n; j++) {
            if (mentors.get(j).room() > 0) {
                arc(g, m + j, sink, mentors.get(j).room(), 0);
            }
        }
        for (int i = 0; i < m; i++) {
            arc(g, i, sink, 1, unmatchedCost);
            for (int k : bestOf(cents[i], CANDIDATES)) {
                arc(g, i, m + to[i][k], 1, top - cents[i][k]);
            }
        }
        int rounds = 0;
        while (true) {
            rounds++;
            CapacityScalingMinimumCostFlow<Integer, Arc> solver = new CapacityScalingMinimumCostFlow<>();
            MinimumCostFlowProblem<Integer, Arc> problem = new MinimumCostFlowProblem.MinimumCostFlowProblemImpl<>(g,
                    v -> v < m ? 1 : v == sink ? -m : 0, a -> a.capacity, a -> 0, a -> a.cost);
            MinimumCostFlowAlgorithm.MinimumCostFlow<Arc> flow = solver.getMinimumCostFlow(problem);
            Map<Integer, Double> potential = potentials(g, flow, sink);
            int sign = 1;
            int added = 0;
            for (int i = 0; i < m; i++) {
                // The few most promising pairs left out, per mentee and round: enough to converge, few enough to stay fast.
                int[] pick = new int[ADDED_PER_ROUND];
                double[] worst = new double[ADDED_PER_ROUND];
                int picked = 0;
                for (int k = 0; k < to[i].length; k++) {
                    int mentorVertex = m + to[i][k];
                    double r = reduced(top - cents[i][k], potential.get(i), potential.get(mentorVertex), sign);
                    if (r >= -EPSILON || g.containsEdge(i, mentorVertex)) {
                        continue;
                    }
                    if (picked < ADDED_PER_ROUND) {
                        pick[picked] = k;
                        worst[picked++] = r;
                    } else {
                        int slot = argMax(worst);
                        if (r < worst[slot]) {
                            pick[slot] = k;
                            worst[slot] = r;
                        }
                    }
                }
                for (int x = 0; x < picked; x++) {
                    arc(g, i, m + to[i][pick[x]], 1, top - cents[i][pick[x]]);
                    added++;
                }
            }
            if (added == 0) {
                return result(mentees, mentors, g, flow, blocked, m, rounds);
            }
        }
    }

    private Result result(List<Mentee> mentees, List<Mentor> mentors, Graph<Integer, Arc> g,
                          MinimumCostFlowAlgorithm.MinimumCostFlow<Arc> flow, Reason[] blocked, int m, int rounds) {
        List<Pair> pairs = new ArrayList<>();
        List<Unmatched> unmatched = new ArrayList<>();
        double total = 0;
        for (int i = 0; i < m; i++) {
            Pair pair = null;
            int candidates = 0;
            for (Arc a : g.outgoingEdgesOf(i)) {
                int target = g.getEdgeTarget(a);
                if (target < m + mentors.size()) {
                    candidates++;
                    if (flow.getFlow(a) > 0.5) {
                        Mentor mentor = mentors.get(target - m);
                        double score = fit.total(mentees.get(i).seeker(), mentor.candidate());
                        pair = new Pair(mentees.get(i).key(), mentor.key(), score);
                    }
                }
            }
            if (pair != null) {
                pairs.add(pair);
                total += pair.score();
            } else {
                unmatched.add(new Unmatched(mentees.get(i).key(), blocked[i], candidates));
            }
        }
        return new Result(pairs, unmatched, Math.round(total * 100) / 100.0, rounds);
    }

    /**
     * Shortest distances in the flow's residual network from a root joined to every vertex (JGraphT's Bellman-Ford):
     * an optimal flow's residual network has no negative cycle, and these distances are potentials under which every
     * residual arc's reduced cost is non-negative — the certificate a left-out pair is checked against.
     */
    private static Map<Integer, Double> potentials(Graph<Integer, Arc> g, MinimumCostFlowAlgorithm.MinimumCostFlow<Arc> flow, int sink) {
        Graph<Integer, DefaultWeightedEdge> residual = new DirectedWeightedMultigraph<>(DefaultWeightedEdge.class);
        int root = sink + 1;
        for (int v = 0; v <= root; v++) {
            residual.addVertex(v);
        }
        for (int v = 0; v <= sink; v++) {
            residual.setEdgeWeight(residual.addEdge(root, v), 0);
        }
        for (Arc a : g.edgeSet()) {
            double f = flow.getFlow(a);
            int u = g.getEdgeSource(a);
            int v = g.getEdgeTarget(a);
            if (f < a.capacity - 0.5) {
                residual.setEdgeWeight(residual.addEdge(u, v), a.cost);
            }
            if (f > 0.5) {
                residual.setEdgeWeight(residual.addEdge(v, u), -a.cost);
            }
        }
        ShortestPathAlgorithm.SingleSourcePaths<Integer, DefaultWeightedEdge> paths = new BellmanFordShortestPath<>(residual).getPaths(root);
        Map<Integer, Double> distance = new HashMap<>();
        for (int v = 0; v <= sink; v++) {
            distance.put(v, paths.getWeight(v));
        }
        return distance;
    }

    /** The reduced cost of an arc under potentials {@code pu}, {@code pv} (distances: non-negative when none helps). */
    private static double reduced(double cost, double pu, double pv, int sign) {
        return cost + sign * (pu - pv);
    }

    private static int argMax(double[] values) {
        int at = 0;
        for (int x = 1; x < values.length; x++) {
            if (values[x] > values[at]) {
                at = x;
            }
        }
        return at;
    }

    /** The indexes of the {@code k} highest values. */
    static int[] bestOf(long[] values, int k) {
        if (values.length <= k) {
            int[] all = new int[values.length];
            Arrays.setAll(all, x -> x);
            return all;
        }
        Integer[] idx = new Integer[values.length];
        Arrays.setAll(idx, x -> x);
        Arrays.sort(idx, (a, b) -> Long.compare(values[b], values[a]));
        int[] top = new int[k];
        for (int x = 0; x < k; x++) {
            top[x] = idx[x];
        }
        return top;
    }
}
