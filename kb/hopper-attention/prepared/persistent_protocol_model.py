# Cooperative simulation of the persistent hd128 schedule's synchronisation (q1/q2 flash_fwd_hopper.cuh):
# one producer thread, 8 consumer warps (2 warpgroups), TMA loads/stores completing at random later
# times, mbarriers with phase parity and tx counts, named barriers with generations.
# Checks: no deadlock, no buffer overwritten while read, every read sees the data it expects,
# every mbarrier / named barrier balanced at exit, no TMA in flight at exit.
import random, sys

from barrier_model import Fail, MBar, NBar

class Sim:
    def __init__(s, tiles_seq, seed, stages=2, slots=4, pingpong=True):
        s.rng = random.Random(seed); s.S = stages; s.T = slots; s.pp = pingpong
        s.tiles = tiles_seq      # list of n_tiles for the CTA's work tiles (in order)
        s.bar = {'q_full': MBar('q_full',1), 'q_empty': MBar('q_empty',8)}
        for k in ('k_full','v_full'):
            for st in range(stages): s.bar[f'{k}{st}'] = MBar(f'{k}{st}',1)
        for k in ('k_empty','v_empty'):
            for st in range(stages): s.bar[f'{k}{st}'] = MBar(f'{k}{st}',8)
        for sl in range(slots):
            s.bar[f'tf{sl}'] = MBar(f'tf{sl}',1); s.bar[f'te{sl}'] = MBar(f'te{sl}',8)
        s.nb = {i: NBar(f'nb{i}', 256 if i in (4,5) else 128) for i in (1,2,4,5)}
        s.buf = {}       # buffer -> tag
        s.readers = {}   # buffer -> set of (warp, tag)
        s.slot = [None]*slots
        s.events = []    # pending TMA completions: (buffer, tag, barrier, bytes)
        s.stores = {0: [], 1: []}   # per warpgroup: pending TMA stores (reading O staging)
        s.obuf = {0: None, 1: None}
        s.outputs = []
        s.counter_next = iter(range(1, len(tiles_seq)+1))  # the CTA's later tiles; len -> sentinel
    # ---------- helpers
    def read_begin(s, w, buf, tag):
        if s.buf.get(buf) != tag: raise Fail(f"warp {w} reads {buf} expecting {tag}, holds {s.buf.get(buf)}")
        s.readers.setdefault(buf, set()).add((w, tag))
    def read_end(s, w, buf, tag): s.readers[buf].discard((w, tag))
    def tma(s, buf, tag, bar, nbytes):
        s.bar[bar].arrive(tx=nbytes)           # arrive.expect_tx by the producer
        s.events.append((buf, tag, bar, nbytes))
    def fire_event(s):
        i = s.rng.randrange(len(s.events)); buf, tag, bar, nb = s.events.pop(i)
        if s.readers.get(buf): raise Fail(f"TMA overwrites {buf} (tag {tag}) while read by {s.readers[buf]}")
        s.buf[buf] = tag; s.bar[bar].tx_done(nb)
    # ---------- agents (generators yield a predicate; they continue when it is true)
    def producer(s):
        S, T = s.S, s.T
        def wait(b, par): return lambda: s.bar[b].done(par)
        def publish(e, n):
            sl = e % T
            yield wait(f'te{sl}', ((e // T) & 1) ^ 1)
            s.slot[sl] = (e, n)
            s.bar[f'tf{sl}'].arrive()
        def load(c, kind):
            st = c % S
            yield wait(f'{kind}_empty{st}', ((c // S) & 1) ^ 1)
            s.tma(f'{kind}{st}', c, f'{kind}_full{st}', 1)
        kv = 0
        yield from publish(0, s.tiles[0] if s.tiles else None)
        i = 0
        while True:
            e, n = s.slot[i % T]
            if e != i: raise Fail("producer reads back a wrong slot")
            if n is None: break
            nxt = next(s.counter_next)
            if n > 0: yield from load(kv, 'k')
            if i > 0: yield wait('q_empty', (i - 1) & 1)
            s.tma('Q', i, 'q_full', 1)
            if n > 0: yield from load(kv, 'v')
            yield from publish(i + 1, s.tiles[nxt] if nxt < len(s.tiles) else None)
            for j in range(1, n):
                yield from load(kv + j, 'k'); yield from load(kv + j, 'v')
            kv += n; i += 1
        if i > 0: yield wait('q_empty', (i - 1) & 1)
        for c in range(max(kv - S, 0), kv):
            yield wait(f'k_empty{c % S}', (c // S) & 1); yield wait(f'v_empty{c % S}', (c // S) & 1)
        s.prod_done = True
    def consumer(s, w):
        S, T = s.S, s.T
        wg, storer = w // 4, (w % 4 == 0)
        mine, nxt = (4 + wg), (4 + (wg + 1) % 2)
        def wait(b, par): return lambda: s.bar[b].done(par)
        def nsync(i):
            g = s.nb[i].gen; s.nb[i].arrive(32); return lambda: s.nb[i].gen > g
        def take():
            if s.pp: yield nsync(mine)
        def pas():
            if s.pp: s.nb[nxt].arrive(32)
        if s.pp and wg == 1: s.nb[4].arrive(32)   # open
        kv = 0; i = 0
        while True:
            sl = i % T
            yield wait(f'tf{sl}', (i // T) & 1)
            e, n = s.slot[sl]
            if e != i: raise Fail(f"warp {w} reads publication {e} for {i}")
            if n is None: s.bar[f'te{sl}'].arrive(); break
            yield wait('q_full', i & 1); s.read_begin(w, 'Q', i)
            last = kv + n - 1
            if n > 0:
                yield wait(f'k_full{kv % S}', (kv // S) & 1); s.read_begin(w, f'k{kv % S}', kv)
                yield from take(); pas()
                s.read_end(w, f'k{kv % S}', kv); s.bar[f'k_empty{kv % S}'].arrive()
                for j in range(1, n):
                    c = kv + j
                    yield wait(f'k_full{c % S}', (c // S) & 1); s.read_begin(w, f'k{c % S}', c)
                    yield from take()
                    yield wait(f'v_full{(c-1) % S}', ((c-1) // S) & 1); s.read_begin(w, f'v{(c-1) % S}', c - 1)
                    pas()
                    s.read_end(w, f'k{c % S}', c); s.bar[f'k_empty{c % S}'].arrive()
                    yield lambda: True   # softmax
                    s.read_end(w, f'v{(c-1) % S}', c - 1); s.bar[f'v_empty{(c-1) % S}'].arrive()
                s.read_end(w, 'Q', i); s.bar['q_empty'].arrive()
                yield wait(f'v_full{last % S}', (last // S) & 1); s.read_begin(w, f'v{last % S}', last)
                yield from take(); pas()
                yield wait(f'tf{(i+1) % T}', ((i+1) // T) & 1)
                s.read_end(w, f'v{last % S}', last); s.bar[f'v_empty{last % S}'].arrive()
            else:
                s.read_end(w, 'Q', i); s.bar['q_empty'].arrive()
                yield wait(f'tf{(i+1) % T}', ((i+1) // T) & 1)
            # epilogue
            if storer:
                yield lambda: not s.stores[wg]     # cp.async.bulk.wait_group.read 0
            yield nsync(1 + wg)
            e2, n2 = s.slot[sl]
            if e2 != i: raise Fail(f"warp {w}: slot {sl} overwritten before its epilogue")
            if s.stores[wg]: raise Fail(f"warp {w} writes O staging while a store reads it")
            s.obuf[wg] = i
            yield nsync(1 + wg)
            s.bar[f'te{sl}'].arrive()
            if storer:
                s.stores[wg].append(i); s.outputs.append((wg, i))
            kv += n; i += 1
        if s.pp and wg == 0: yield nsync(4)       # close
        if storer: yield lambda: not s.stores[wg]
        s.cons_done[w] = True
    def run(s, max_steps=10**6):
        s.prod_done = False; s.cons_done = [False]*8
        agents = {'P': s.producer()}
        for w in range(8): agents[w] = s.consumer(w)
        cond = {k: (lambda: True) for k in agents}
        steps = 0
        while agents or s.events or any(s.stores.values()):
            steps += 1
            if steps > max_steps: raise Fail("too many steps")
            runnable = [k for k in agents if cond[k]()]
            choices = runnable + (['TMA'] if s.events else []) + (['ST'] if any(s.stores.values()) else [])
            if not choices:
                raise Fail(f"deadlock: waiting {list(agents)}; barrier phases " +
                           str({k: (b.phase, b.pend, b.tx) for k, b in s.bar.items()}))
            k = s.rng.choice(choices)
            if k == 'TMA': s.fire_event(); continue
            if k == 'ST':
                wg = s.rng.choice([g for g in (0,1) if s.stores[g]]); s.stores[wg].pop(0); continue
            try:
                cond[k] = next(agents[k])
            except StopIteration:
                del agents[k]; del cond[k]
        # exit checks
        for name, b in s.bar.items():
            if b.tx != 0: raise Fail(f"{name}: tx left at exit")
            if b.pend != b.count: raise Fail(f"{name}: {b.count - b.pend} arrivals of an incomplete phase at exit")
        for i, nb in s.nb.items():
            if nb.cnt != 0: raise Fail(f"named barrier {i}: {nb.cnt} threads arrived at exit")
        valid = [i for i, n in enumerate(s.tiles)]
        if sorted(s.outputs) != sorted([(g, i) for i in valid for g in (0, 1)]): raise Fail("missing outputs")
        return steps

def main():
    rng = random.Random(1)
    runs = 0
    for trial in range(int(sys.argv[1]) if len(sys.argv) > 1 else 3000):
        ntile = rng.randint(0, 7)
        tiles = [rng.choice([0, 1, 1, 2, 3, 4, 5, 8]) for _ in range(ntile)]
        for pp in (True, False):
            sim = Sim(tiles, seed=trial * 7 + pp)
            try:
                sim.run()
            except Fail as e:
                print("FAIL", tiles, "pingpong", pp, "seed", trial, ":", e); return 1
            runs += 1
    print("ok:", runs, "random schedules")
    return 0
sys.exit(main())
