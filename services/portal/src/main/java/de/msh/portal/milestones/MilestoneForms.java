package de.msh.portal.milestones;

import java.util.UUID;

/**
 * The forms of a project's milestone page. Days are typed as in Germany ({@code 31.03.2027}); each form carries an
 * idempotency key, so a doubled press plans, re-plans or reaches once.
 */
final class MilestoneForms {

    private MilestoneForms() {}

    public static class PlanForm {
        private String idempotencyKey = UUID.randomUUID().toString();
        private String title = "";
        private String kind = "DELIVERABLE";
        private String on = "";

        public String getIdempotencyKey() {
            return idempotencyKey;
        }

        public void setIdempotencyKey(String idempotencyKey) {
            this.idempotencyKey = idempotencyKey;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public String getKind() {
            return kind;
        }

        public void setKind(String kind) {
            this.kind = kind;
        }

        public String getOn() {
            return on;
        }

        public void setOn(String on) {
            this.on = on;
        }
    }

    /** Re-plan or reach one milestone: {@code day} is the new forecast, or the day it was reached (today if empty). */
    public static class StepForm {
        private String idempotencyKey = UUID.randomUUID().toString();
        private long revision;
        private String day = "";
        private String reason = "";

        public String getIdempotencyKey() {
            return idempotencyKey;
        }

        public void setIdempotencyKey(String idempotencyKey) {
            this.idempotencyKey = idempotencyKey;
        }

        public long getRevision() {
            return revision;
        }

        public void setRevision(long revision) {
            this.revision = revision;
        }

        public String getDay() {
            return day;
        }

        public void setDay(String day) {
            this.day = day;
        }

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }
    }
}
