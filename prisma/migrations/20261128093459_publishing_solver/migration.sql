-- CreateEnum
CREATE TYPE "SolverRunState" AS ENUM ('RUNNING', 'DONE', 'FAILED', 'APPLIED', 'DISCARDED');

-- AlterTable
ALTER TABLE "Room" ADD COLUMN     "externalId" TEXT;

-- AlterTable
ALTER TABLE "SpeakerProfile" ADD COLUMN     "approvedAvatarId" TEXT,
ADD COLUMN     "approvedBio" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "approvedLinks" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "bioApprovedAt" TIMESTAMPTZ(3),
ADD COLUMN     "bioApprovedById" TEXT,
ADD COLUMN     "bioChangedAt" TIMESTAMPTZ(3),
ADD COLUMN     "externalId" TEXT;

-- AlterTable
ALTER TABLE "Submission" ADD COLUMN     "externalId" TEXT;

-- AlterTable
ALTER TABLE "ScheduleVersion" ADD COLUMN     "releasedById" TEXT;

-- CreateTable
CREATE TABLE "SolverRun" (
    "id" TEXT NOT NULL,
    "conferenceId" TEXT NOT NULL,
    "userId" TEXT,
    "mode" TEXT NOT NULL,
    "timeLimitSeconds" INTEGER NOT NULL,
    "state" "SolverRunState" NOT NULL DEFAULT 'RUNNING',
    "baseRevision" INTEGER NOT NULL,
    "progress" JSONB NOT NULL DEFAULT '{}',
    "result" JSONB,
    "error" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMPTZ(3),

    CONSTRAINT "SolverRun_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TeamInvite" (
    "id" TEXT NOT NULL,
    "conferenceId" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "role" "TeamRole" NOT NULL,
    "trackIds" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "tokenHash" TEXT NOT NULL,
    "invitedById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "acceptedAt" TIMESTAMPTZ(3),
    "acceptedById" TEXT,

    CONSTRAINT "TeamInvite_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SolverRun_conferenceId_createdAt_idx" ON "SolverRun"("conferenceId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "TeamInvite_tokenHash_key" ON "TeamInvite"("tokenHash");

-- CreateIndex
CREATE INDEX "TeamInvite_conferenceId_idx" ON "TeamInvite"("conferenceId");

-- CreateIndex
CREATE UNIQUE INDEX "SpeakerProfile_conferenceId_externalId_key" ON "SpeakerProfile"("conferenceId", "externalId");

-- CreateIndex
CREATE UNIQUE INDEX "Submission_conferenceId_externalId_key" ON "Submission"("conferenceId", "externalId");

-- AddForeignKey
ALTER TABLE "SpeakerProfile" ADD CONSTRAINT "SpeakerProfile_approvedAvatarId_fkey" FOREIGN KEY ("approvedAvatarId") REFERENCES "Avatar"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SolverRun" ADD CONSTRAINT "SolverRun_conferenceId_fkey" FOREIGN KEY ("conferenceId") REFERENCES "Conference"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TeamInvite" ADD CONSTRAINT "TeamInvite_conferenceId_fkey" FOREIGN KEY ("conferenceId") REFERENCES "Conference"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Data: bios, photos and links that were public before approval existed stay public (they count as approved).
UPDATE "SpeakerProfile" SET "approvedBio" = "bio", "approvedAvatarId" = "avatarId", "approvedLinks" = "links", "bioApprovedAt" = CURRENT_TIMESTAMP;
