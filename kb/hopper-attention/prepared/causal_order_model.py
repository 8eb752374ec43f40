# The causal work-tile mapping of causal_work_tile (flash_fwd_hopper.cuh), modelled in Python:
# every (m_tile, head, batch) of the grid is produced exactly once, sections are longest first,
# and the order's makespan under list scheduling on 132 SMs is compared with the old order.
import heapq, itertools
def tile(lin, M, heads, batch, group, seqlen_k, hd, sec_kib=8 << 10):
    kv_kib = max(1, seqlen_k // 256 * hd)
    pairs = heads * batch
    section = min(pairs, max(1, sec_kib // kv_kib) * group)
    per = M * section
    first = (lin // per) * section
    width = min(section, pairs - first)
    r = lin - (lin // per) * per
    pair = first + r % width
    return (M - 1 - r // width, pair % heads, pair // heads)
def makespan(costs, sms=132):
    h = [0.0] * sms
    for c in costs:
        t = heapq.heappop(h); heapq.heappush(h, t + c)
    return max(h)
bad = 0
for M, heads, batch, group, sk, hd in itertools.product([1, 2, 3, 7, 32, 64], [1, 3, 16, 32], [1, 2, 5, 8], [1, 2, 4, 8], [100, 4096, 8192, 32768], [64, 128]):
    if heads % group: continue
    seen = {tile(l, M, heads, batch, group, sk, hd) for l in range(M * heads * batch)}
    want = {(m, h, b) for m in range(M) for h in range(heads) for b in range(batch)}
    if seen != want: bad += 1; print("not a bijection", M, heads, batch, group, sk, hd)
print("bijection failures:", bad)
for b, h, s, bm, hd in [(8, 16, 4096, 128, 128), (4, 16, 8192, 128, 128), (2, 16, 16384, 128, 128), (1, 16, 32768, 128, 128),
                        (8, 32, 4096, 192, 64), (4, 32, 8192, 192, 64), (2, 32, 16384, 192, 64), (1, 32, 32768, 192, 64)]:
    M = -(-s // bm)
    cost = lambda m: (m + 1) * bm / 128 + 1.5
    old = [cost(M - 1 - x) for z in range(b) for y in range(h) for x in range(M)]
    new = [cost(tile(l, M, h, b, 1, s, hd)[0]) for l in range(M * h * b)]
    ideal = sum(old) / 132
    print(f"b{b} h{h} s{s} hd{hd}: old order {makespan(old)/ideal:.3f} x ideal, new {makespan(new)/ideal:.3f}")
