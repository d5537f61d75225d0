"""wijkwijzer.request_memo: shared lists are read once per GET request."""

from django.http import HttpResponse
from django.test import RequestFactory

from wijkwijzer.request_memo import RequestMemoMiddleware, forget_all, remember


class Counter:
    def __init__(self):
        self.calls = 0

    def __call__(self):
        self.calls += 1
        return self.calls


def run(method, view):
    request = getattr(RequestFactory(), method)("/")
    return RequestMemoMiddleware(view)(request)


def test_outside_a_request_every_ask_computes():
    compute = Counter()
    assert [remember("key", compute) for _ in range(3)] == [1, 2, 3]


def test_within_a_get_request_the_first_answer_is_kept():
    compute = Counter()

    def view(request):
        values = [remember("key", compute) for _ in range(3)]
        return HttpResponse(",".join(map(str, values)))

    assert run("get", view).content == b"1,1,1"
    # The next request asks again: nothing is kept across requests.
    assert run("get", view).content == b"2,2,2"


def test_forget_all_drops_the_answers_within_the_request():
    compute = Counter()

    def view(request):
        first = remember("key", compute)
        forget_all()
        return HttpResponse(f"{first},{remember('key', compute)}")

    assert run("get", view).content == b"1,2"


def test_other_methods_are_not_memoised():
    compute = Counter()

    def view(request):
        return HttpResponse(f"{remember('key', compute)},{remember('key', compute)}")

    assert run("post", view).content == b"1,2"
