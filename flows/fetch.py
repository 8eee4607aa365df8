"""Fetching web pages and feeds, politely and safely: the only module that opens sockets.

A URL newsledger is given (or finds in a feed) is untrusted input. Every hop
of a fetch is held to the same rules: http and https only, at most
``max_redirects`` redirects, addresses that are public unless the user allows
private ones, bounded time and size, a bounded number of retries with backoff.
The address is checked when the socket is opened (not only when the URL is
read), so a name that resolves to a public address at check time and to
127.0.0.1 at connect time (DNS rebinding) is still refused.
"""
from __future__ import annotations

import contextlib
import ipaddress
import socket
import time
from dataclasses import dataclass, field
from importlib import metadata
from urllib.parse import urljoin, urlsplit

import httpcore
import httpx


def _version() -> str:
    try:
        return metadata.version("newsledger")
    except metadata.PackageNotFoundError:
        return "0"


def _project_url() -> str:
    try:
        meta = metadata.metadata("newsledger")
    except metadata.PackageNotFoundError:
        meta = None
    for value in (meta.get_all("Project-URL") or []) if meta else []:
        return value.split(",", 1)[-1].strip()
    return "the newsledger README, section 'Web pages, feeds and URLs'"


# Site operators read this to learn who is fetching and why; a bare library UA gets blocked.
USER_AGENT = f"newsledger/{_version()} (+{_project_url()})"
ALLOWED_SCHEMES = ("http", "https")
REDIRECT_STATUSES = (301, 302, 303, 307, 308)
ALLOW_HINT = "pass --allow-private-urls (or allow_private=True) if you mean to fetch from your own network"


class FetchError(Exception):
    """A URL that could not or must not be fetched; ``reason`` says why in words a user can act on."""

    def __init__(self, url: str, reason: str) -> None:
        super().__init__(f"{url}: {reason}")
        self.url = url
        self.reason = reason


@dataclass(frozen=True)
class FetchPolicy:
    connect_timeout: float = 10.0
    read_timeout: float = 30.0  # per read: a server that goes silent this long is dropped
    total_timeout: float = 120.0  # the whole fetch: a server dripping one byte a second is dropped too
    retries: int = 3  # extra tries after the first, on connection errors, 5xx and 429
    backoff: float = 1.0  # seconds before the first retry, doubled each time
    max_backoff: float = 30.0  # also caps a server's Retry-After
    max_bytes: int = 10 * 1024 * 1024
    max_redirects: int = 5
    allow_private: bool = False
    user_agent: str = USER_AGENT
    extra_headers: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Fetched:
    url: str  # after redirects
    requested: str
    status: int
    content_type: str
    charset: str | None
    body: bytes


def _public(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped  # ::ffff:127.0.0.1 is loopback, whatever its notation
    return ip.is_global and not ip.is_multicast


def _refusal(host: str, ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> str:
    seen = ip.ipv4_mapped if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped else ip
    # most specific first: Python counts loopback, link-local and 0.0.0.0 as "private" too
    kind = next((k for k, hit in (("loopback", seen.is_loopback), ("link-local", seen.is_link_local),
                                  ("unspecified", seen.is_unspecified), ("multicast", seen.is_multicast),
                                  ("private", seen.is_private), ("reserved", seen.is_reserved)) if hit), "non-public")
    where = f"{host} is" if host.strip("[]") == str(ip) else f"{host} resolves to {ip},"
    return (f"{where} a {kind} address; newsledger only fetches from public addresses "
            f"unless told otherwise: {ALLOW_HINT}")


class _Refused(Exception):
    """Raised from inside the connection pool; not an httpcore error, so httpx passes it through untouched."""


class _GuardedBackend(httpcore.SyncBackend):
    """Resolves the name itself, refuses it if any address is not public, and
    connects to exactly the addresses it checked (TLS still verifies the name)."""

    def __init__(self, allow_private: bool) -> None:
        self.allow_private = allow_private

    def connect_tcp(self, host, port, timeout=None, local_address=None, socket_options=None):
        if self.allow_private:
            return super().connect_tcp(host, port, timeout, local_address, socket_options)
        try:
            infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except OSError as e:
            raise httpcore.ConnectError(f"cannot resolve {host}: {e}") from e
        ips = []
        for *_, sockaddr in infos:
            ip = ipaddress.ip_address(sockaddr[0].split("%", 1)[0])
            if not _public(ip):
                raise _Refused(_refusal(host, ip))
            ips.append(str(ip))
        last: Exception | None = None
        for ip in dict.fromkeys(ips):
            try:
                return super().connect_tcp(ip, port, timeout, local_address, socket_options)
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as e:
                last = e
        raise last or httpcore.ConnectError(f"no address for {host}")


def _transport(policy: FetchPolicy) -> httpx.HTTPTransport:
    # trust_env=False: an HTTP_PROXY from the environment would route around the address check.
    transport = httpx.HTTPTransport(trust_env=False)
    # httpx has no public hook for the socket layer; its pool takes httpcore's
    # network_backend, so the pool is rebuilt with the guarded one (tests cover it).
    transport._pool = httpcore.ConnectionPool(
        ssl_context=httpx.create_ssl_context(trust_env=False), network_backend=_GuardedBackend(policy.allow_private),
        max_connections=4, max_keepalive_connections=2)
    return transport


def check_url(url: str) -> str | None:
    """Why a URL must not be fetched at all (scheme, no host), or None."""
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 -- raises on a port that is not a number
    except ValueError as e:
        return f"{url!r} is not a valid URL ({e})"
    scheme = parts.scheme.lower()
    if scheme not in ALLOWED_SCHEMES:
        shown = f"{scheme}:" if scheme else "no scheme"
        return f"the URL has {shown}; newsledger only fetches http and https URLs"
    if not parts.hostname:
        return "the URL has no host name"
    return None


_RETRY_ERRORS = (httpx.ConnectError, httpx.ConnectTimeout, httpx.ReadTimeout, httpx.ReadError,
                 httpx.RemoteProtocolError, httpx.WriteError, httpx.PoolTimeout)


def _retry_after(resp: httpx.Response, policy: FetchPolicy, attempt: int) -> float:
    wait = policy.backoff * (2 ** attempt)
    header = resp.headers.get("retry-after", "") if resp is not None else ""
    if header.strip().isdigit():
        wait = max(wait, float(header.strip()))
    return min(wait, policy.max_backoff)


def _size(n: int) -> str:
    return f"{n / 1024 / 1024:.0f} MB" if n >= 1024 * 1024 else f"{n:,} bytes"


class Fetcher:
    """One client (connection reuse) for the fetches of a run; close it, or use it as a context manager."""

    def __init__(self, policy: FetchPolicy | None = None, sleep=time.sleep) -> None:
        self.policy = policy or FetchPolicy()
        self._sleep = sleep
        p = self.policy
        self.transport = _transport(p)
        self.client = httpx.Client(
            transport=self.transport, follow_redirects=False, trust_env=False,
            timeout=httpx.Timeout(p.read_timeout, connect=p.connect_timeout),
            headers={"User-Agent": p.user_agent, **p.extra_headers})

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self.client.close()

    def fetch(self, url: str, accept: str = "*/*") -> Fetched:
        """GET ``url`` following redirects by hand (each hop re-checked); raises FetchError."""
        p = self.policy
        deadline = time.monotonic() + p.total_timeout
        seen = [url]
        current = url
        while True:
            why = check_url(current)
            if why:
                if current != url:
                    why = f"it redirected to {current!r}, which was refused: {why}"
                raise FetchError(url, why)
            resp_or_body = self._get_with_retries(url, current, accept, deadline)
            if isinstance(resp_or_body, Fetched):
                return Fetched(url=resp_or_body.url, requested=url, status=resp_or_body.status,
                               content_type=resp_or_body.content_type, charset=resp_or_body.charset,
                               body=resp_or_body.body)
            target = urljoin(current, resp_or_body)
            if target in seen:
                raise FetchError(url, f"redirect loop ({' -> '.join(seen + [target])}); the site is misconfigured")
            if len(seen) > p.max_redirects:
                raise FetchError(url, f"more than {p.max_redirects} redirects (last to {target}); "
                                      "give the final address directly")
            seen.append(target)
            current = target

    def _get_with_retries(self, original: str, url: str, accept: str, deadline: float) -> Fetched | str:
        """The response at ``url`` (2xx), or the Location of a redirect."""
        p = self.policy
        attempt = 0
        while True:
            resp = None
            try:
                return self._get_once(original, url, accept, deadline)
            except _Refused as e:
                raise FetchError(original, str(e) if url == original else
                                 f"it redirected to {url}, which was refused: {e}") from None
            except _RetryableStatus as e:
                resp, problem = e.response, f"HTTP {e.response.status_code} {e.response.reason_phrase}".strip()
            except _RETRY_ERRORS as e:
                problem = f"{type(e).__name__}: {e}" if str(e) else type(e).__name__
            except httpx.HTTPError as e:
                raise FetchError(original, f"could not fetch {url}: {type(e).__name__}: {e}") from None
            except (httpx.InvalidURL, ValueError) as e:  # ValueError: bad IDNA host names, ports
                raise FetchError(original, f"{url!r} is not a valid URL ({e})") from None
            if attempt >= p.retries:
                raise FetchError(original, f"{problem} from {url}, still after {attempt + 1} tries; "
                                           "the site may be down: try again later")
            wait = _retry_after(resp, p, attempt)
            if time.monotonic() + wait > deadline:
                raise FetchError(original, f"{problem} from {url}; gave up after {p.total_timeout:g} s")
            self._sleep(wait)
            attempt += 1

    def _get_once(self, original: str, url: str, accept: str, deadline: float) -> Fetched | str:
        p = self.policy
        request = self.client.build_request("GET", url, headers={"Accept": accept})
        # Straight to the transport: the client's redirect bookkeeping parses every Location
        # itself and raises on ones like data:..., before this code could refuse them in words.
        resp = self.transport.handle_request(request)
        resp.request = request
        with contextlib.closing(resp):
            status = resp.status_code
            if status in REDIRECT_STATUSES:
                location = resp.headers.get("location")
                if not location:
                    raise FetchError(original, f"HTTP {status} redirect from {url} without a Location header")
                return location
            if status == 429 or status >= 500:
                raise _RetryableStatus(resp)
            if not 200 <= status < 300:
                raise FetchError(original, f"HTTP {status} {resp.reason_phrase} from {url}".strip()
                                 + ("; check the address" if status in (404, 410) else ""))
            declared = resp.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > p.max_bytes:
                raise FetchError(original, f"the response from {url} is {_size(int(declared))}, over the "
                                           f"{_size(p.max_bytes)} limit (max_bytes); it is not read")
            chunks, total = [], 0
            # counted after decompression, so a small gzip bomb is stopped too
            for chunk in resp.iter_bytes():
                total += len(chunk)
                if total > p.max_bytes:
                    raise FetchError(original, f"the response from {url} is over the {_size(p.max_bytes)} limit "
                                               "(max_bytes); reading stopped there")
                if time.monotonic() > deadline:
                    raise FetchError(original, f"{url} took over {p.total_timeout:g} s to send; reading stopped")
                chunks.append(chunk)
            ctype = resp.headers.get("content-type", "")
            return Fetched(url=str(resp.url), requested=original, status=status,
                           content_type=ctype.split(";", 1)[0].strip().lower(), charset=resp.charset_encoding,
                           body=b"".join(chunks))


class _RetryableStatus(Exception):
    def __init__(self, response: httpx.Response) -> None:
        super().__init__(response.status_code)
        self.response = response


def fetch(url: str, policy: FetchPolicy | None = None, accept: str = "*/*") -> Fetched:
    """One fetch with its own client; see ``Fetcher`` to reuse connections."""
    with Fetcher(policy) as f:
        return f.fetch(url, accept)
