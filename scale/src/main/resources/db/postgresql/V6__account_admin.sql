-- Accounts an admin has disabled: they cannot log in and have no sessions (disabling deletes them). NULL: enabled.
-- (The embedded store's V10.)
ALTER TABLE users ADD COLUMN disabled_at timestamptz;

-- Ending one user's sessions (on disable, password reset or at an admin's request) finds them by user.
CREATE INDEX sessions_user ON sessions (user_id);

-- The audit log read from a time on ('photodesk audit --since 1h').
CREATE INDEX audit_log_at ON audit_log (at);
