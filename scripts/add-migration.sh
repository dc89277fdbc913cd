#!/usr/bin/env bash
# Adds one migration to both providers' sets: ./scripts/add-migration.sh <Name>
set -euo pipefail
name=${1:?usage: scripts/add-migration.sh <MigrationName>}
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
dotnet ef migrations add "$name" --context SqlitePanoramaDbContext -o Migrations/Sqlite --project src/Panorama.Data
dotnet ef migrations add "$name" --context PostgresPanoramaDbContext -o Migrations/Postgres --project src/Panorama.Data
