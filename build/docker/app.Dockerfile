# syntax=docker/dockerfile:1
# The Tiflux host image: one image for every role (the command picks --role web|worker|all).
# Build from the repository root:  docker build -f build/docker/app.Dockerfile -t tiflux-app .
# docker-compose.yml builds it for the web and worker services.

# --- build -------------------------------------------------------------------------------------
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN --mount=type=cache,target=/root/.nuget/packages \
    dotnet publish Host/Tiflux.Web -c Release -o /app -p:UseAppHost=false

# --- .NET runtime ------------------------------------------------------------------------------
# The .NET 10 images are Ubuntu 24.04, where the chromium package is only a wrapper around a snap,
# and snaps do not run in a container. So the runtime comes from the official aspnet image, and the
# final image is Debian 12 (the distribution of the build machines), whose chromium package is a real browser.
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS dotnet

# --- runtime -----------------------------------------------------------------------------------
FROM debian:bookworm-slim AS runtime
RUN apt-get update \
    && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
        ca-certificates libc6 libgcc-s1 libicu72 libssl3 libstdc++6 tzdata zlib1g \
        chromium fonts-liberation curl \
    && rm -rf /var/lib/apt/lists/*
COPY --from=dotnet /usr/share/dotnet /usr/share/dotnet
RUN ln -s /usr/share/dotnet/dotnet /usr/bin/dotnet

# Unprivileged user (same uid as the official .NET images). Its home holds the ASP.NET Core
# data-protection keys (sign-in cookies, antiforgery tokens); docker-compose.yml keeps them in a volume.
RUN groupadd --gid 1654 app \
    && useradd --uid 1654 --gid app --create-home --home-dir /home/app app \
    && mkdir -p /home/app/keys \
    && chown -R app:app /home/app

ENV DOTNET_RUNNING_IN_CONTAINER=true \
    ASPNETCORE_HTTP_PORTS=8080 \
    HOME=/home/app \
    Pdf__ChromiumPath=/usr/bin/chromium

WORKDIR /app
COPY --from=build /app .
USER app
EXPOSE 8080
ENTRYPOINT ["dotnet", "Tiflux.Web.dll"]
