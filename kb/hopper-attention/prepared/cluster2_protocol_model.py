# Two-CTA model of cl1's synchronisation (kCluster = 2, non-causal head dim 128; adapted from
# q1/protocol_model.py): per CTA one producer thread and 8 consumer warps (2 warpgroups,
# ping-pong named barriers), the K/V ring of 2 stages with full/empty mbarriers, TMA loads that
# land at random later times. Paired, each producer loads one half (panel) of every K/V tile
# and multicasts it: the half lands in each CTA separately (two events), each counting 16 KiB on
# that CTA's full barrier. Each consumer warp releases a stage with two separate arrivals (lane 0
# on its own empty barrier, lane 1 on the peer's). Odd m-tile count: the last cluster runs
# "solo" (rank 0 alone, v9's protocol; the padding CTA returns at once).
# Checks: no deadlock; no buffer half overwritten while read; every read sees both halves of
# the tile it expects; no barrier used before its CTA initialised it; nothing lands in or arrives
# on a CTA's shared memory after that CTA exited; every barrier balanced, no tx left, at exit.
# Injected bugs (--bug NAME) must each be caught.
import random, sys

# Every barrier here takes bytes before their expect_tx: a peer's multicast half can land first.
from barrier_model import Fail, MBar, NBar

HALF = 16  # KiB per panel

class Cta:
    def __init__(s, rank, paired, bug):
        s.rank, s.paired = rank, paired
        rel = 8 * (2 if paired and bug != 'local_empty_count' else 1)
        s.bar = {'q_full': MBar(f'{rank}.q_full', 1, negative_tx=True)}
        for st in range(2):
            for k in ('k', 'v'):
                s.bar[f'{k}_full{st}'] = MBar(f'{rank}.{k}_full{st}', 1, negative_tx=True)
                s.bar[f'{k}_empty{st}'] = MBar(f'{rank}.{k}_empty{st}', rel, negative_tx=True)
        s.nb = {i: NBar(f'{rank}.nb{i}', 256) for i in (4, 5)}
        s.buf = {}; s.readers = {}; s.inited = False; s.exited = False

class Sim:
    def __init__(s, n, paired, seed, bug=None):
        s.rng = random.Random(seed); s.n = n; s.bug = bug; s.paired = paired
        s.ctas = [Cta(r, paired, bug) for r in (range(2) if paired else range(1))]
        s.events = []
    def mb(s, cta, name):
        c = s.ctas[cta]
        if not c.inited: raise Fail(f"CTA {cta}: {name} used before mbarrier.init")
        if c.exited: raise Fail(f"CTA {cta}: {name} touched after the CTA exited")
        return c.bar[name]
    def read_begin(s, cta, w, buf, tag):
        c = s.ctas[cta]; want = (tag, tag) if buf != 'Q' else (tag,)
        have = tuple(c.buf.get((buf, h)) for h in range(len(want)))
        if have != want: raise Fail(f"CTA {cta} warp {w} reads {buf} expecting {tag}, holds {have}")
        c.readers.setdefault(buf, set()).add((w, tag))
    def read_end(s, cta, w, buf, tag): s.ctas[cta].readers[buf].discard((w, tag))
    def fire(s):
        i = s.rng.randrange(len(s.events)); cta, buf, half, tag, bar, nb = s.events.pop(i)
        c = s.ctas[cta]
        if c.exited: raise Fail(f"TMA lands in CTA {cta} after it exited")
        if c.readers.get(buf): raise Fail(f"TMA overwrites CTA {cta} {buf} (tile {tag}) while read by {c.readers[buf]}")
        c.buf[(buf, half)] = tag; s.mb(cta, bar).tx_done(nb)
    # ---- agents: generators yielding a predicate to wait for
    def start(s, cta):
        # mbarrier.init by thread 0, then (paired) the cluster barrier, else __syncthreads
        if s.paired and s.bug != 'no_cluster_sync':
            return lambda: all(c.inited for c in s.ctas)
        return lambda: s.ctas[cta].inited
    def producer(s, r):
        yield s.start(r)
        def wait(b, par): return lambda: s.mb(r, b).done(par)
        s.mb(r, 'q_full').arrive(tx=2 * HALF)
        for h in range(2): s.events.append((r, 'Q', h, 0, 'q_full', HALF))
        expect = HALF if s.bug == 'half_expect' else 2 * HALF
        for j in range(s.n):
            st, par = j % 2, ((j // 2) & 1) ^ 1
            for k in ('k', 'v'):
                yield wait(f'{k}_empty{st}', par)
                s.mb(r, f'{k}_full{st}').arrive(tx=expect)
                if s.paired:   # panel r, multicast to both CTAs (lands in each separately)
                    for dst in (0, 1): s.events.append((dst, f'{k}{st}', r, j, f'{k}_full{st}', HALF))
                else:
                    for h in (0, 1): s.events.append((r, f'{k}{st}', h, j, f'{k}_full{st}', HALF))
        if s.bug != 'no_tail_wait':
            for j in range(s.n, s.n + 2):
                st, par = j % 2, ((j // 2) & 1) ^ 1
                yield wait(f'k_empty{st}', par); yield wait(f'v_empty{st}', par)
    def consumer(s, r, w):
        yield s.start(r)
        c = s.ctas[r]; wg = w // 4
        def wait(b, par): return lambda: s.mb(r, b).done(par)
        def take():
            g = c.nb[4 + wg].gen; c.nb[4 + wg].arrive(32); yield lambda: c.nb[4 + wg].gen > g
        def pas(last):
            if not (last and wg == 1): c.nb[4 + (wg + 1) % 2].arrive(32)
        def release(k, st):
            s.mb(r, f'{k}_empty{st}').arrive()               # lane 0: own CTA
            if s.paired and s.bug != 'local_empty_count':
                yield lambda: True                            # lane 1 runs apart
                s.mb(1 - r, f'{k}_empty{st}').arrive()        # lane 1: the peer (mapa)
        yield wait('q_full', 0); s.read_begin(r, w, 'Q', 0)
        n = s.n
        if n > 0:
            if wg == 1: c.nb[4].arrive(32)                    # open
            yield wait('k_full0', 0); s.read_begin(r, w, 'k0', 0)
            yield from take(); pas(False)
            s.read_end(r, w, 'k0', 0); yield from release('k', 0)
            for j in range(1, n):
                st, pv = j % 2, (j - 1) % 2
                yield wait(f'k_full{st}', (j // 2) & 1); s.read_begin(r, w, f'k{st}', j)
                yield from take()
                yield wait(f'v_full{pv}', ((j - 1) // 2) & 1); s.read_begin(r, w, f'v{pv}', j - 1)
                pas(False)
                s.read_end(r, w, f'k{st}', j); yield from release('k', st)
                yield lambda: True                            # softmax
                if s.bug == 'early_v_release':
                    yield from release('v', pv); s.read_end(r, w, f'v{pv}', j - 1)
                else:
                    s.read_end(r, w, f'v{pv}', j - 1); yield from release('v', pv)
            last = n - 1
            yield wait(f'v_full{last % 2}', (last // 2) & 1); s.read_begin(r, w, f'v{last % 2}', last)
            yield from take(); pas(True)
            s.read_end(r, w, f'v{last % 2}', last); yield from release('v', last % 2)
            # GemmTurns: n + 1 takes per warpgroup; barrier 4 gets open + n passes of wg 1 (its
            # last pass skipped), barrier 5 gets n + 1 passes of wg 0: balanced without a close.
        s.read_end(r, w, 'Q', 0)
    def run(s, max_steps=10**6):
        agents, owner = {}, {}
        for c in s.ctas:
            agents[('P', c.rank)] = s.producer(c.rank)
            for w in range(8): agents[(w, c.rank)] = s.consumer(c.rank, w)
        cond = {k: (lambda: True) for k in agents}
        alive = {c.rank: 9 for c in s.ctas}
        steps = 0
        while agents or s.events:
            steps += 1
            if steps > max_steps: raise Fail("too many steps")
            runnable = [k for k in agents if cond[k]()]
            uninit = [c.rank for c in s.ctas if not c.inited]
            choices = runnable + (['TMA'] if s.events else []) + [('INIT', r) for r in uninit]
            if not choices:
                raise Fail(f"deadlock: waiting {sorted(map(str, agents))}; " + str(
                    {b.name: (b.phase, b.pend, b.tx) for c in s.ctas for b in c.bar.values()}))
            k = s.rng.choice(choices)
            if k == 'TMA': s.fire(); continue
            if isinstance(k, tuple) and k[0] == 'INIT': s.ctas[k[1]].inited = True; continue
            try:
                cond[k] = next(agents[k])
            except StopIteration:
                del agents[k]; del cond[k]
                alive[k[1]] -= 1
                if alive[k[1]] == 0: s.ctas[k[1]].exited = True   # every thread of the CTA done
        for c in s.ctas:
            for b in c.bar.values():
                if b.tx != 0: raise Fail(f"{b.name}: tx {b.tx} left at exit")
                if b.pend != b.count: raise Fail(f"{b.name}: {b.count - b.pend} arrivals of an incomplete phase at exit")
            for nb in c.nb.values():
                if nb.cnt: raise Fail(f"{nb.name}: {nb.cnt} threads arrived at exit")
        return steps

def campaign(trials, bug=None, quiet=False):
    # bug 'local_empty_count': each empty barrier counts and receives only its own CTA's 8 warps.
    rng = random.Random(1); runs = 0
    for t in range(trials):
        n = rng.choice([0, 1, 1, 2, 2, 3, 4, 5, 7])
        for paired in (True, False):
            try:
                Sim(n, paired, seed=t * 2 + paired, bug=bug).run()
            except Fail as e:
                if not quiet: print("FAIL n_tiles", n, "paired", paired, "seed", t, ":", e)
                return False, (runs, str(e)[:90])
            runs += 1
    return True, runs

if __name__ == '__main__':
    trials = int(sys.argv[1]) if len(sys.argv) > 1 else 3000
    ok, runs = campaign(trials)
    print(("ok: " if ok else "FAILED after ") + f"{runs} random schedules")
    if not ok: sys.exit(1)
    for bug in ('local_empty_count', 'no_cluster_sync', 'no_tail_wait', 'half_expect', 'early_v_release'):
        caught, runs = campaign(trials, bug, quiet=True)
        print(f"injected {bug:18s}: {'NOT caught' if caught else f'caught after {runs} clean schedules'}")
    sys.exit(0 if ok else 1)
