/** Ends a benchmark tool that waits too long (its peer died), so a run never hangs. */
final class Watchdog {
    private Watchdog() {
    }

    static void exitAfter(double seconds, String why) {
        Thread watchdog = new Thread(() -> {
            try {
                Thread.sleep((long) (seconds * 1000));
            } catch (InterruptedException e) {
                return;
            }
            System.out.println("error " + why + " after " + seconds + " s");
            System.exit(2);
        }, "watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
    }
}
