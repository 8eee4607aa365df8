"""flows/fetch.py against a real HTTP server on 127.0.0.1 (tests/flows/conftest.py)."""
from __future__ import annotations

import socket
from urllib.parse import quote

import httpcore
import pytest

from flows import fetch as fetch_mod
from flows.fetch import USER_AGENT, FetchError, Fetcher, FetchPolicy, fetch
from flows.readers import read_all
from flows.web_readers import WebOptions
from schemas.article import Rejection

LOCAL = FetchPolicy(allow_private=True, backoff=0.01, retries=3)


def _reason(url: str, policy: FetchPolicy = LOCAL) -> str:
    with pytest.raises(FetchError) as e:
        fetch(url, policy)
    return e.value.reason


def test_fetches_a_page_with_a_clear_user_agent(web_server):
    got = fetch(web_server.url("/article.html"), LOCAL)
    assert got.status == 200 and got.content_type == "text/html" and got.charset == "utf-8"
    assert b"Port Aldra" in got.body
    assert web_server.user_agents == [USER_AGENT]
    assert USER_AGENT.startswith("newsledger/") and "(+" in USER_AGENT


def test_503_then_200_is_retried_and_loaded(web_server):
    slept = []
    with Fetcher(LOCAL, sleep=slept.append) as f:
        got = f.fetch(web_server.url("/flaky?fail=2"))
    assert b"Port Aldra" in got.body
    assert web_server.hits["/flaky?fail=2"] == 3
    assert slept == [0.01, 0.02]  # backoff doubles


def test_a_server_that_stays_down_is_given_up_after_the_bounded_retries(web_server):
    reason = _reason(web_server.url("/always-503"))
    assert "503" in reason and "4 tries" in reason and "try again later" in reason
    assert web_server.hits["/always-503"] == 4


def test_429_honours_retry_after_within_the_cap(web_server):
    slept = []
    policy = FetchPolicy(allow_private=True, backoff=0.01, retries=1, max_backoff=5)
    with Fetcher(policy, sleep=slept.append) as f, pytest.raises(FetchError) as e:
        f.fetch(web_server.url("/too-many"))
    assert slept == [5]  # the server asked for 7 s; capped at max_backoff
    assert "429" in e.value.reason


def test_connection_refused_is_retried_then_reported():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # closed again at once: nothing listens there
    slept = []
    with Fetcher(LOCAL, sleep=slept.append) as f, pytest.raises(FetchError) as e:
        f.fetch(f"http://127.0.0.1:{port}/")
    assert len(slept) == 3 and "ConnectError" in e.value.reason and "4 tries" in e.value.reason


def test_read_timeout(web_server):
    policy = FetchPolicy(allow_private=True, read_timeout=0.3, retries=0)
    assert "ReadTimeout" in _reason(web_server.url("/slow?s=2"), policy)


def test_404_says_so_without_retrying(web_server):
    reason = _reason(web_server.url("/nowhere"))
    assert "HTTP 404" in reason and "check the address" in reason
    assert web_server.hits["/nowhere"] == 1


def test_oversized_streamed_response_is_cut_at_the_limit(web_server):
    reason = _reason(web_server.url("/big?mb=11"))
    assert "over the 10 MB limit" in reason and "max_bytes" in reason


def test_declared_oversized_response_is_not_read(web_server):
    reason = _reason(web_server.url("/big-declared"))
    assert "is 50 MB, over the 10 MB limit" in reason


def test_gzip_bomb_is_counted_after_decompression(web_server):
    policy = FetchPolicy(allow_private=True, max_bytes=1024 * 1024)
    assert "over the 1 MB limit" in _reason(web_server.url("/gzip-bomb"), policy)


def test_a_few_redirects_are_followed(web_server):
    got = fetch(web_server.url("/chain/3"), LOCAL)
    assert got.url.endswith("/article.html") and got.requested.endswith("/chain/3")


def test_redirect_loop_is_refused(web_server):
    reason = _reason(web_server.url("/loop-a"))
    assert "redirect loop" in reason and "/loop-b" in reason
    assert web_server.hits["/loop-a"] == 1 and web_server.hits["/loop-b"] == 1


def test_more_than_five_redirects_are_refused(web_server):
    reason = _reason(web_server.url("/chain/6"))
    assert "more than 5 redirects" in reason
    assert web_server.hits["/article.html"] == 0


@pytest.mark.parametrize("target", ["file:///etc/passwd", "ftp://127.0.0.1/x", "gopher://127.0.0.1/x",
                                    "data:text/html,<p>hi</p>"])
def test_redirect_to_another_scheme_is_refused(web_server, target):
    reason = _reason(web_server.url(f"/redirect?to={quote(target, safe='')}"))
    assert "redirected to" in reason and "only fetches http and https" in reason


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.com/feed.xml", "gopher://example.com/",
                                 "data:text/html,hello", "javascript:alert(1)"])
def test_other_schemes_are_refused_outright(url):
    assert "only fetches http and https" in _reason(url)


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost", "[::1]"])
def test_loopback_is_refused_unless_allowed(web_server, host):
    port = web_server.base.rsplit(":", 1)[1]
    reason = _reason(f"http://{host}:{port}/article.html", FetchPolicy(retries=0))
    assert "loopback" in reason and "--allow-private-urls" in reason
    assert web_server.hits["/article.html"] == 0


@pytest.mark.parametrize("ip,kind", [("10.1.2.3", "private"), ("192.168.0.1", "private"),
                                     ("169.254.169.254", "link-local"), ("::ffff:127.0.0.1", "loopback"),
                                     ("0.0.0.0", "unspecified"), ("224.0.0.1", "multicast")])
def test_non_public_addresses_are_refused_before_connecting(ip, kind):
    with pytest.raises(fetch_mod._Refused) as e:
        fetch_mod._GuardedBackend(allow_private=False).connect_tcp(ip, 80, timeout=0.2)
    assert kind in str(e.value) and "--allow-private-urls" in str(e.value)


def test_every_redirect_hop_is_checked_again(web_server, monkeypatch):
    # 127.0.0.1 stands in for a public host; the redirect target 127.0.0.2 for a private one
    monkeypatch.setattr(fetch_mod, "_public", lambda ip: str(ip) == "127.0.0.1")
    port = web_server.base.rsplit(":", 1)[1]
    target = quote(f"http://127.0.0.2:{port}/article.html", safe="")
    reason = _reason(web_server.url(f"/redirect?to={target}"), FetchPolicy(retries=0))
    assert "redirected to http://127.0.0.2" in reason and "--allow-private-urls" in reason


def test_the_address_is_checked_at_connect_time_not_only_before(monkeypatch):
    """A name that answers "public" to a first look-up and "loopback" to the
    connection's own (DNS rebinding) is still refused: the backend connects
    only to the addresses it resolved and checked itself."""
    answers = iter([[(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("127.0.0.1", 80))]])
    monkeypatch.setattr(fetch_mod.socket, "getaddrinfo", lambda *a, **k: next(answers))
    with pytest.raises(fetch_mod._Refused):
        fetch_mod._GuardedBackend(allow_private=False).connect_tcp("rebind.example", 80)


def test_the_guarded_backend_is_the_one_httpx_uses():
    pool = fetch_mod._transport(FetchPolicy())._pool
    assert isinstance(pool, httpcore.ConnectionPool)
    assert isinstance(pool._network_backend, fetch_mod._GuardedBackend)


def test_readers_turn_refusals_into_rejections_not_exceptions(web_server):
    items = list(read_all([web_server.url("/loop-a"), "file:///etc/passwd", "http://[::1",
                           "http://127.0.0.1:99999/"], web=WebOptions(policy=LOCAL)))
    assert all(isinstance(x, Rejection) for x in items)
    assert "redirect loop" in items[0].reason
    assert "only fetches http and https" in items[1].reason
    assert "not a valid URL" in items[2].reason and "not a valid URL" in items[3].reason
    default = list(read_all([web_server.url("/article.html")]))
    assert "--allow-private-urls" in default[0].reason  # the default refuses 127.0.0.1
