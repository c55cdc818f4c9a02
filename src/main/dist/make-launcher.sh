#!/bin/sh
# Run by `mvn package` after the jar is shaded: puts the launcher beside target/rowboat.jar and
# records the class-data archive it uses, by running one real db upgrade on a scratch SQLite file
# (the classes of picocli, the engine, the YAML reader and sqlite-jdbc). A failure here only
# costs the archive: the launcher works without it.
set -u
target=$1
cp "$(dirname "$0")/rowboat" "$target/rowboat" && chmod +x "$target/rowboat"
training="$target/cds-training"
rm -rf "$training" "$target/rowboat.jsa"
mkdir -p "$training"
if ! java -XX:ArchiveClassesAtExit="$target/rowboat.jsa" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC \
    -Drowboat.home="$training" -jar "$target/rowboat.jar" db upgrade --url "sqlite:///$training/training.db" \
    >"$training/log.txt" 2>&1; then
  echo "Note: no class-data archive (see $training/log.txt); target/rowboat works without it, only slower to start" >&2
  rm -f "$target/rowboat.jsa"
fi
exit 0
