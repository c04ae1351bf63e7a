-- Indexes for the remaining orders the API offers: articles by title and statements by
-- confidence, each with the ID tie-break the cursors use.

-- CreateIndex
CREATE INDEX "Article_title_id_idx" ON "Article"("title", "id");

-- CreateIndex
CREATE INDEX "Statement_confidence_id_idx" ON "Statement"("confidence", "id");
