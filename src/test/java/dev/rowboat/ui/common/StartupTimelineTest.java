package dev.rowboat.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The start's phases, as the start benchmark reads them. */
class StartupTimelineTest {
    @Test
    void eachPhaseCountsFromTheProcessStartAndOnlyItsFirstTime() throws Exception {
        StartupTimeline timeline = new StartupTimeline(Instant.now().minusMillis(1500));
        timeline.mark("window");
        Thread.sleep(20);
        timeline.mark("window");
        timeline.mark("counts");

        List<StartupTimeline.Mark> marks = timeline.marks();
        assertThat(marks).extracting(StartupTimeline.Mark::phase).containsExactly("window", "counts");
        assertThat(marks.get(0).ms()).isBetween(1500L, 1500L + 5_000L);
        assertThat(marks.get(1).ms()).isGreaterThanOrEqualTo(marks.get(0).ms() + 20);
    }

    @Test
    void theOpenersStepsEndThePhasesBeforeThem() {
        StartupTimeline timeline = new StartupTimeline(Instant.now());
        for (String step : List.of("Connecting to sqlite:///app.db", "Reading tables 1 of 11", "Reading tables 2 of 11",
                "Starting Hibernate (11 entities)", "Building the entity list")) {
            timeline.markOpenerStep(step);
        }
        assertThat(timeline.marks()).extracting(StartupTimeline.Mark::phase)
                .containsExactly("connected", "schema read", "hibernate started");
    }

    @Test
    void aListenerHearsTheMarksMadeBeforeItAndAfter() {
        StartupTimeline timeline = new StartupTimeline(Instant.now());
        timeline.mark("main");
        List<String> heard = new ArrayList<>();
        timeline.listen(mark -> heard.add(mark.phase()));
        timeline.mark("toolkit");
        assertThat(heard).containsExactly("main", "toolkit");
    }

    @Test
    void theProcessAgeIsKnownToTheTickOnLinux() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.exists(java.nio.file.Path.of("/proc/self/stat")),
                "only Linux has /proc");
        long jvmUptime = java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime();
        long age = StartupTimeline.linuxProcessAge().orElseThrow().toMillis();
        // the JVM's own clock starts a little after the process; the whole-second error this replaces would show here
        assertThat(age).isBetween(jvmUptime - 20, jvmUptime + 300);
    }
}
