package app.bonusbot.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;

/**
 * The one-statement claims of this process's threads on a SQLite file, made together: while one thread writes its
 * claim, those that arrive meanwhile wait, and the first of them then writes all of theirs in one transaction. A Slack
 * command makes three such writes (its signature, its trigger id with the answer it is owed, and the owed answer
 * forgotten once given), and SQLite takes one write transaction at a time, so under load each transaction carrying a
 * dozen claims rather than one is what lets an answer thread go on. Each claim runs in a savepoint of its own: one that
 * fails is undone alone and reported to its own caller, and every caller learns its outcome only after the commit.
 */
final class GroupedClaims {

    private final Object turn = new Object();
    private List<Pending<?>> queued = new ArrayList<>();
    private boolean writing;

    /** Claims made while the write lock is free within a moment; empty (nothing written) when it is not. */
    interface Write {
        boolean ifFree(HandleCallback<Void, RuntimeException> work);
    }

    private final Write write;

    GroupedClaims(Write write) {
        this.write = write;
    }

    /** Runs the claim together with those queued beside it; empty when the write lock was not free within a moment. */
    <T> Optional<T> runIfFree(HandleCallback<T, RuntimeException> claim) {
        Pending<T> mine = new Pending<>(claim);
        boolean interrupted = false;
        synchronized (turn) {
            queued.add(mine);
            while (writing && !mine.done) {
                try {
                    turn.wait();
                } catch (InterruptedException e) {
                    // The claim may be in the transaction being written: its outcome is awaited all the same.
                    interrupted = true;
                }
            }
            if (!mine.done) {
                writing = true;
            }
        }
        try {
            if (!mine.done) {
                List<Pending<?>> batch;
                synchronized (turn) {
                    batch = queued;
                    queued = new ArrayList<>();
                }
                writeAll(batch);
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        return mine.outcome();
    }

    private void writeAll(List<Pending<?>> batch) {
        RuntimeException failed = null;
        boolean took = false;
        try {
            took = write.ifFree(h -> {
                for (int i = 0; i < batch.size(); i++) {
                    batch.get(i).runIn(h, "claim" + i);
                }
                return null;
            });
        } catch (RuntimeException e) {
            failed = e;
        }
        synchronized (turn) {
            for (Pending<?> pending : batch) {
                pending.finish(took, failed);
            }
            writing = false;
            turn.notifyAll();
        }
    }

    private static final class Pending<T> {

        private final HandleCallback<T, RuntimeException> claim;
        private T result;
        private RuntimeException own;
        private boolean took;
        private RuntimeException commit;
        private boolean done;

        Pending(HandleCallback<T, RuntimeException> claim) {
            this.claim = claim;
        }

        void runIn(Handle h, String savepoint) {
            h.savepoint(savepoint);
            try {
                result = claim.withHandle(h);
                h.releaseSavepoint(savepoint);
            } catch (RuntimeException e) {
                own = e;
                // Undoes this claim's own statements; the savepoint, now empty, ends with the transaction.
                h.rollbackToSavepoint(savepoint);
            }
        }

        void finish(boolean tookLock, RuntimeException commitFailure) {
            took = tookLock;
            commit = commitFailure;
            done = true;
        }

        Optional<T> outcome() {
            if (commit != null) {
                throw commit;
            }
            if (own != null) {
                throw own;
            }
            return took ? Optional.ofNullable(result) : Optional.empty();
        }
    }
}
