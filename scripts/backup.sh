#!/usr/bin/env bash
# Back up the database (PostgreSQL, from DATABASE_URL) and the media files
# (MEDIA_ROOT, default ./media) into one directory:
#   scripts/backup.sh [DIRECTORY]     (default backups/YYYYmmdd-HHMMSS)
# The result: DIRECTORY/database.dump (pg_dump custom format) and
# DIRECTORY/media.tar.gz. Restore with scripts/restore.sh DIRECTORY.
set -euo pipefail

: "${DATABASE_URL:?Set DATABASE_URL to the PostgreSQL database to back up}"
case "$DATABASE_URL" in
    postgres://*|postgresql://*) ;;
    *) echo "backup: only PostgreSQL is supported (DATABASE_URL=$DATABASE_URL)" >&2; exit 2 ;;
esac
target="${1:-backups/$(date +%Y%m%d-%H%M%S)}"
media="${MEDIA_ROOT:-media}"
mkdir -p "$target"

pg_dump --format=custom --no-owner --no-privileges \
    --dbname="$DATABASE_URL" --file="$target/database.dump"
if [ -d "$media" ]; then
    tar -C "$media" -czf "$target/media.tar.gz" .
else
    tar -czf "$target/media.tar.gz" --files-from=/dev/null
fi
echo "Backup written to $target"
