// Entente's graph schema: constraints and indexes, all idempotent (IF NOT EXISTS).
// Applied by `entente db migrate` and on `entente start`; statements are separated by semicolons.

CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT statement_id IF NOT EXISTS FOR (s:Statement) REQUIRE s.id IS UNIQUE;
CREATE INDEX actor_type IF NOT EXISTS FOR (a:Actor) ON (a.type);
CREATE INDEX actor_country IF NOT EXISTS FOR (a:Actor) ON (a.countryCode);
CREATE INDEX article_published IF NOT EXISTS FOR (a:Article) ON (a.publishedAt);
CREATE INDEX article_url IF NOT EXISTS FOR (a:Article) ON (a.url);
CREATE INDEX article_requested_url IF NOT EXISTS FOR (a:Article) ON (a.requestedUrl);
CREATE INDEX statement_type IF NOT EXISTS FOR (s:Statement) ON (s.type);
CREATE INDEX statement_date IF NOT EXISTS FOR (s:Statement) ON (s.date);
CREATE INDEX statement_relation IF NOT EXISTS FOR (s:Statement) ON (s.relationId);
CREATE FULLTEXT INDEX actor_names IF NOT EXISTS FOR (a:Actor) ON EACH [a.name, a.aliasText];
CREATE CONSTRAINT rejected_statement_id IF NOT EXISTS FOR (s:RejectedStatement) REQUIRE s.id IS UNIQUE;
CREATE INDEX statement_review IF NOT EXISTS FOR (s:Statement) ON (s.reviewState);
CREATE CONSTRAINT audit_entry_id IF NOT EXISTS FOR (e:AuditEntry) REQUIRE e.id IS UNIQUE;
CREATE INDEX audit_entry_at IF NOT EXISTS FOR (e:AuditEntry) ON (e.at);
CREATE INDEX audit_entry_subject IF NOT EXISTS FOR (e:AuditEntry) ON (e.subjectId);
CREATE CONSTRAINT investigation_id IF NOT EXISTS FOR (i:Investigation) REQUIRE i.id IS UNIQUE;
CREATE CONSTRAINT note_id IF NOT EXISTS FOR (n:Note) REQUIRE n.id IS UNIQUE;
CREATE INDEX note_subject IF NOT EXISTS FOR (n:Note) ON (n.subjectId);
CREATE CONSTRAINT copy_band_key IF NOT EXISTS FOR (b:CopyBand) REQUIRE b.key IS UNIQUE;
