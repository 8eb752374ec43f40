# The barriers the protocol models (persistent_protocol_model.py, cluster2_protocol_model.py)
# simulate: an mbarrier with an arrival count, a transaction-byte count and phase parity, and a
# named barrier with generations. A protocol error raises Fail.


class Fail(Exception):
    pass


class MBar:
    """mbarrier: a phase completes when every arrival and every expected byte is in.
    negative_tx: bytes may land before their expect_tx (multicast from a peer CTA can)."""

    def __init__(s, name, count, negative_tx=False):
        s.name, s.count, s.pend, s.tx, s.phase = name, count, count, 0, 0
        s.negative_tx = negative_tx

    def arrive(s, tx=0):
        s.tx += tx; s.pend -= 1
        if s.pend < 0: raise Fail(f"{s.name}: too many arrivals")
        s._maybe()

    def tx_done(s, b):
        s.tx -= b
        if s.tx < 0 and not s.negative_tx: raise Fail(f"{s.name}: tx underflow")
        s._maybe()

    def _maybe(s):
        if s.pend == 0 and s.tx == 0: s.phase += 1; s.pend = s.count

    def done(s, parity): return (s.phase & 1) != parity   # try_wait.parity semantics


class NBar:
    """Named barrier (bar.sync / bar.arrive): n threads complete a generation."""

    def __init__(s, name, n): s.name, s.n, s.cnt, s.gen = name, n, 0, 0

    def arrive(s, k):
        s.cnt += k
        if s.cnt > s.n: raise Fail(f"{s.name}: over-arrival")
        if s.cnt == s.n: s.cnt = 0; s.gen += 1
