"""Values read from the cache at most once per GET request.

Small shared lists (view restrictions, glossary terms) are kept in the cache
so every worker sees a change at once; a page asks for them dozens of times
while it renders, and each ask is a round trip to Redis. Within one GET
request ``remember`` answers from memory after the first ask. Outside a
request (commands, tests calling code directly) and for other methods it
simply computes the value, so nothing can go stale across requests.
"""

from contextvars import ContextVar

_memo = ContextVar("wijkwijzer_request_memo", default=None)


def remember(key, compute):
    """``compute()``, computed once per GET request for each ``key``."""
    memo = _memo.get()
    if memo is None:
        return compute()
    if key not in memo:
        memo[key] = compute()
    return memo[key]


def forget_all():
    """Drop everything this request remembered (content changed)."""
    memo = _memo.get()
    if memo is not None:
        memo.clear()


class RequestMemoMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method not in ("GET", "HEAD"):
            return self.get_response(request)
        token = _memo.set({})
        try:
            return self.get_response(request)
        finally:
            _memo.reset(token)
