#!/usr/bin/env bash
# Restore a backup made by scripts/backup.sh into the database in
# DATABASE_URL (its tables are replaced) and into MEDIA_ROOT (default ./media):
#   scripts/restore.sh DIRECTORY
set -euo pipefail

source="${1:?Usage: scripts/restore.sh BACKUP_DIRECTORY}"
: "${DATABASE_URL:?Set DATABASE_URL to the PostgreSQL database to restore into}"
media="${MEDIA_ROOT:-media}"
[ -f "$source/database.dump" ] || { echo "restore: $source/database.dump not found" >&2; exit 2; }

pg_restore --clean --if-exists --no-owner --no-privileges --exit-on-error \
    --dbname="$DATABASE_URL" "$source/database.dump"
if [ -f "$source/media.tar.gz" ]; then
    mkdir -p "$media"
    tar -C "$media" -xzf "$source/media.tar.gz"
fi
echo "Restored $source"
