-- Accounts an admin has disabled: they cannot log in and have no sessions (disabling deletes them). NULL: enabled.
ALTER TABLE users ADD COLUMN disabled_at TEXT;

-- Ending one user's sessions (on disable, password reset or at an admin's request) finds them by user.
CREATE INDEX IF NOT EXISTS sessions_user ON sessions (user_id);

-- The audit log read from a time on ('photodesk audit --since 1h'): 'at' is Instant.toString(), whose length
-- varies with the fraction of a second, so times are compared on their fixed first 19 characters (to the second).
CREATE INDEX IF NOT EXISTS audit_log_second ON audit_log (substr(at, 1, 19));
