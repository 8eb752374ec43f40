#!/usr/bin/env python3
"""CPU check of the kPSmem P path of flash_fwd_hopper.cuh (p192): the stmatrix addresses the
kernel computes, against what the SS wgmma reads through P's descriptor.

Writer model (the kernel's arithmetic, copied from consume() / store_p_panels()):
  lane l of warp w: r = 16 w + 8 ((l / 8) % 2) + l % 8,
                    st = base + r * 128 + (((l / 16) ^ (l % 8)) * 16)
  k-step kk of tile parity par: addr = (st ^ ((kk % 4) * 32)) + slot(kk / 4, par) * 8192
                    slot(0, par) = 3 * par, slot(q > 0, par) = q
  stmatrix .x4 (PTX ISA, stmatrix): lane l gives the address of row l % 8 of matrix l / 8; the 16
  bytes there are that row's 8 elements, element c from register (l / 8) of lane 4 (l % 8) + c / 2,
  its low half if c is even (bf16x2: the first value in the low 16 bits, little-endian).
  Register i of lane L at k-step kk is pack_p's pa[kk][i] = pack(s[8kk + 2i], s[8kk + 2i + 1]),
  and s[4j + e] = S[16w + L/4 + 8 (e / 2)][8j + 2 (L % 4) + e % 2] (wgmma accumulator layout,
  hopper.cuh's header / PTX ISA "Register Fragments" for m64nNk16).

Reader model (PTX ISA, "Matrix Descriptor Format" and the K-major canonical layout with the
128-byte swizzle): an A operand m64 x k16 of bf16 at descriptor start address A0 (SBO = 1024,
LBO unused for a swizzled K-major k16 slice) holds element (m, k) at
  a = A0 + (m / 8) * SBO + (m % 8) * 128 + 2 k,   physical = a ^ (((a >> 7) & 7) << 4)
(the 128-byte swizzle XORs address bits 4-6 with bits 7-9; every panel is 1024-byte aligned).
issue_pv's k-step kk uses A0 = base + slot(kk / 4, par) * 8192 + (kk % 4) * 32.
The same reader model applied to Q (issue_qk: A0 = Q panel + (kk % 4) * 32) gives back the TMA
128-byte-swizzle layout the harness's Q boxes have (chunk c of row r at chunk c ^ (r % 8)), which
is what v11 runs correctly: that is the known-good reference for the model.
"""
import itertools
import sys

PANEL = 8192
K_PANELS = 3        # kBlockN / 64
SLOTS = K_PANELS + 1
P_OFFSET = 0x1E000  # kPOffset: Q 24 KiB + K 2 x 24 KiB + V 2 x 24 KiB
WG_BYTES = SLOTS * PANEL


def slot(panel, par):
    return 3 * par if panel == 0 else panel


def swz(a):
    return a ^ (((a >> 7) & 7) << 4)


MUTANT = None  # set by --mutants: a deliberately wrong writer, which the check must reject


def writes(wg, par, kks):
    """{byte address: (row, key)} of every bf16 element the warpgroup's stmatrix calls write."""
    base = P_OFFSET + wg * WG_BYTES
    out = {}
    for w, kk in itertools.product(range(4), kks):
        for l in range(32):
            r = 16 * w + 8 * ((l // 8) % 2) + l % 8
            st = base + r * 128 + (((l // 16) ^ (l % 8)) * 16)
            addr = (st ^ ((kk % 4) * 32)) + slot(kk // 4, par) * PANEL
            if MUTANT == "matrix order":     # matrices 1 and 2 swapped (keys before rows)
                r = 16 * w + 8 * (l // 16) + l % 8
                st = base + r * 128 + (((((l // 8) % 2)) ^ (l % 8)) * 16)
                addr = (st ^ ((kk % 4) * 32)) + slot(kk // 4, par) * PANEL
            elif MUTANT == "no swizzle":
                addr = base + r * 128 + (2 * (kk % 4) + l // 16) * 16 + slot(kk // 4, par) * PANEL
            elif MUTANT == "k-step added":   # + instead of XOR for the k-step's chunk bits
                addr = st + (kk % 4) * 32 + slot(kk // 4, par) * PANEL
            elif MUTANT == "fixed slots":    # panel 0 always in slot 0 (no spare)
                addr = (st ^ ((kk % 4) * 32)) + (kk // 4) * PANEL
            assert addr % 16 == 0, "stmatrix row address not 16-byte aligned"
            i = l // 8                                  # the matrix this lane addresses
            for c in range(8):
                L = 4 * (l % 8) + c // 2                # lane holding element c of that row
                h = c % 2
                idx = 8 * kk + 2 * i + h                # s[] index packed into register i
                j, e = idx // 4, idx % 4
                row = 16 * w + L // 4 + 8 * (e // 2)
                key = 8 * j + 2 * (L % 4) + e % 2
                assert 16 * w <= row < 16 * w + 16, "a warp writes outside its own 16 rows"
                a = addr + 2 * c
                assert a not in out, "two elements stored at one address"
                out[a] = (row, key)
    return out


def reads(wg, par):
    """{byte address: (row, key)} that the 12 SS wgmma k-steps of P V read as A[row][key]."""
    base = P_OFFSET + wg * WG_BYTES
    desc0 = (base & 0x3FFFF) >> 4
    out = {}
    for kk in range(4 * K_PANELS):
        a0 = base + slot(kk // 4, par) * PANEL + (kk % 4) * 32
        # issue_pv adds (slot * 8192 + (kk % 4) * 32) >> 4 to the descriptor's 14-bit address field
        field = desc0 + ((slot(kk // 4, par) * PANEL + (kk % 4) * 32) >> 4)
        assert field < (1 << 14) and field == a0 >> 4, "descriptor address field overflow"
        for m, k in itertools.product(range(64), range(16)):
            a = swz(a0 + (m // 8) * 1024 + (m % 8) * 128 + 2 * k)
            out[a] = (m, 16 * kk + k)
    return out


def check():
    # The reader model reproduces TMA's 128-byte swizzle for Q (the known-good layout).
    for kk, m, k in itertools.product(range(4), range(64), range(16)):
        d = 16 * kk + k
        tma = m * 128 + ((d // 8) ^ (m % 8)) * 16 + (d % 8) * 2
        assert swz((kk % 4) * 32 + (m // 8) * 1024 + (m % 8) * 128 + 2 * k) == tma
    n = 0
    for wg, par in itertools.product(range(3), range(2)):
        wr = writes(wg, par, range(4 * K_PANELS))
        rd = reads(wg, par)
        assert len(wr) == 64 * 192 and len(rd) == 64 * 192, (len(wr), len(rd))
        assert wr == rd, "stored element differs from the one the wgmma reads there"
        n += len(rd)
        # Panel 0 of tile parity par is stored before the previous tile's P V (parity 1 - par) has
        # retired: it must not touch anything that product reads.
        early = writes(wg, par, range(4))
        assert not set(early) & set(reads(wg, 1 - par)), "early panel overlaps the previous P V"
        # Inside the warpgroup's buffer, and the buffers of the three warpgroups are disjoint.
        lo, hi = P_OFFSET + wg * WG_BYTES, P_OFFSET + (wg + 1) * WG_BYTES
        assert all(lo <= a < hi for a in wr)
    # Below the barriers (kBarOffset = kPOffset + 3 * WG_BYTES) and the 227 KiB limit.
    smem = P_OFFSET + 3 * WG_BYTES + 256 + 1024
    assert smem <= 227 * 1024, smem
    return n, smem


def mask_check():
    """Non-causal 192-key tiles: the keys consume() lets through (mask-free tiles j < n_full, then
    the kLimit mask `8 jj + e >= seqlen_k - col0`, col0 = 192 j + 2 t) are exactly keys < seqlen_k,
    for every ragged length; keys past seqlen_k come from TMA's zero fill of K and V."""
    n = 0
    for seqlen_k in list(range(1, 1200)) + [4096, 5000, 8192, 32768, 333, 2049]:
        n_tiles = (seqlen_k + 191) // 192
        n_full = min(n_tiles, seqlen_k // 192)
        for j in range(n_tiles):
            for t, jj, e in itertools.product(range(4), range(24), range(2)):
                key = 192 * j + 8 * jj + 2 * t + e
                limit = seqlen_k - (192 * j + 2 * t)
                visible = j < n_full or not (8 * jj + e >= limit)
                assert visible == (key < seqlen_k), (seqlen_k, j, t, jj, e)
                n += 1
        assert n_tiles * 192 >= seqlen_k > (n_tiles - 1) * 192
    return n


def main():
    global MUTANT
    if "--mutants" in sys.argv:
        for MUTANT in ("matrix order", "no swizzle", "k-step added", "fixed slots"):
            try:
                check()
                print(f"mutant '{MUTANT}': NOT caught")
                return 1
            except AssertionError as e:
                print(f"mutant '{MUTANT}': caught ({e})")
        MUTANT = None
    print(f"mask: {mask_check()} (length, key) pairs, visible exactly below seqlen_k")
    n, smem = check()
    print(f"ok: {n} elements (3 warpgroups x 2 tile parities x 64 x 192) stored where the SS wgmma "
          f"reads them; early panel disjoint from the previous P V; shared memory {smem} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
