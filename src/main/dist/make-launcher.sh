#!/bin/sh
# Run by `mvn package` after the jar is shaded: puts the launcher beside target/rowboat.jar and
# records the two class-data archives it uses:
# - rowboat.jsa, by one real db upgrade on a scratch SQLite file (the classes of picocli, the
#   engine, the YAML reader and sqlite-jdbc);
# - rowboat-gui.jsa, by one start of the window with JavaFX's headless glass (Monocle), which opens
#   a scratch default database and the first entity's grid, then quits (CdsTraining): JavaFX,
#   the controls, CSS and FXML, Hibernate and H2.
# A failure here only costs an archive: the launcher works without it, only slower to start.
set -u
target=$1
cp "$(dirname "$0")/rowboat" "$target/rowboat" && chmod +x "$target/rowboat"
# JavaFX's native libraries beside the jar, where JavaFX looks first: found in the jar instead, each
# is checksummed (MD5) against its cached copy at every start, on the toolkit's path.
rm -f "$target"/lib*.so "$target"/lib*.dylib
natives=$(cd "$target" && jar tf rowboat.jar | grep -E '^lib[^/]*\.(so|dylib)$')
[ -z "$natives" ] || (cd "$target" && jar xf rowboat.jar $natives) ||
  echo "Note: JavaFX's native libraries were not put beside the jar; target/rowboat works, only slower to start" >&2
training="$target/cds-training"
rm -rf "$training" "$target/rowboat.jsa" "$target/rowboat-gui.jsa"
mkdir -p "$training/gui"
if ! java -XX:ArchiveClassesAtExit="$target/rowboat.jsa" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC \
    -Drowboat.home="$training" -jar "$target/rowboat.jar" db upgrade --url "sqlite:///$training/training.db" \
    >"$training/log.txt" 2>&1; then
  echo "Note: no class-data archive for db commands (see $training/log.txt); target/rowboat works without it, only slower to start" >&2
  rm -f "$target/rowboat.jsa"
fi
# The same collector as the launcher's window (an archive is mapped whatever the collector; this keeps the run alike).
# A first run makes the default database, unrecorded: the archive then holds what every later start
# loads, not the sample's writing (Byte Buddy, the revisions' YAML), which made it 80 MB rather than 69,
# and an archive is relocated, and so kept in memory, whole at each start.
gui_training() {
  java "$@" -XX:+UseSerialGC -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw \
      -Drowboat.cds.training=true -Drowboat.home="$training/gui" -jar "$target/rowboat.jar"
}
if ! { gui_training >"$training/gui-first-log.txt" 2>&1 &&
       gui_training -XX:ArchiveClassesAtExit="$target/rowboat-gui.jsa" >"$training/gui-log.txt" 2>&1; }; then
  echo "Note: no class-data archive for the window (see $training/gui-log.txt); target/rowboat works without it, only slower to start" >&2
  rm -f "$target/rowboat-gui.jsa"
fi
exit 0
