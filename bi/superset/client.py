"""A small client for Superset's REST API (login, CSRF, JSON and file uploads) on the standard library alone."""

from __future__ import annotations

import json
import urllib.error
import urllib.request
import uuid
from http.cookiejar import CookieJar
from typing import Any


class SupersetError(RuntimeError):
    """Superset answered with an error status; the message has the method, path, status and body."""


class SupersetClient:
    """Logged-in session against one Superset: bearer token for the API, session cookie and CSRF for writes."""

    def __init__(self, base_url: str, timeout: float = 120.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self._opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(CookieJar()))
        self._headers: dict[str, str] = {}

    def login(self, username: str, password: str) -> SupersetClient:
        body = {"username": username, "password": password, "provider": "db", "refresh": True}
        token = self.post("/api/v1/security/login", body)["access_token"]
        self._headers = {"Authorization": f"Bearer {token}"}
        self._headers["X-CSRFToken"] = self.get("/api/v1/security/csrf_token/")["result"]
        self._headers["Referer"] = self.base_url
        return self

    def request(self, method: str, path: str, data: bytes | None = None, content_type: str | None = None) -> Any:
        headers = {**self._headers, "Accept": "application/json"}
        if content_type:
            headers["Content-Type"] = content_type
        req = urllib.request.Request(self.base_url + path, data=data, method=method, headers=headers)
        try:
            with self._opener.open(req, timeout=self.timeout) as resp:
                raw = resp.read()
        except urllib.error.HTTPError as exc:
            raise SupersetError(f"{method} {path}: {exc.code} {exc.read().decode(errors='replace')[:2000]}") from None
        return json.loads(raw) if raw else None

    def get(self, path: str) -> Any:
        return self.request("GET", path)

    def post(self, path: str, body: dict[str, Any]) -> Any:
        return self.request("POST", path, json.dumps(body).encode(), "application/json")

    def put(self, path: str, body: dict[str, Any]) -> Any:
        return self.request("PUT", path, json.dumps(body).encode(), "application/json")

    def upload(self, path: str, field: str, filename: str, payload: bytes, form: dict[str, str]) -> Any:
        """multipart/form-data POST: one file field and plain fields (the dashboard import endpoint)."""
        boundary = uuid.uuid4().hex
        parts = [
            f'--{boundary}\r\nContent-Disposition: form-data; name="{k}"\r\n\r\n{v}\r\n'.encode()
            for k, v in form.items()
        ]
        parts.append(
            f'--{boundary}\r\nContent-Disposition: form-data; name="{field}"; filename="{filename}"\r\n'
            "Content-Type: application/zip\r\n\r\n".encode()
            + payload
            + b"\r\n"
        )
        parts.append(f"--{boundary}--\r\n".encode())
        return self.request("POST", path, b"".join(parts), f"multipart/form-data; boundary={boundary}")
