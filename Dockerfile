# qinzhou-calc's web service in a container, from Debian's and PyPI's packages only.
#   docker build -t qinzhou-calc .
#   docker run --rm -p 8000:8000 qinzhou-calc
# Behind a reverse proxy (docs/web.md): add --forwarded-allow-ips with the proxy's address.
FROM debian:bookworm-slim

RUN apt-get update \
    && apt-get install -y --no-install-recommends python3 python3-venv \
    && rm -rf /var/lib/apt/lists/*

WORKDIR /app
COPY pyproject.toml README.md README.en.md LICENSE ./
COPY src ./src
RUN python3 -m venv /opt/venv \
    && /opt/venv/bin/pip install --no-cache-dir '.[web]' \
    && useradd --system --no-create-home --uid 10001 calc

USER calc
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=3s --start-period=10s \
    CMD ["/opt/venv/bin/python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/healthz', timeout=2)"]
CMD ["/opt/venv/bin/qinzhou-calc", "serve", "--host", "0.0.0.0", "--port", "8000", "--workers", "2"]
