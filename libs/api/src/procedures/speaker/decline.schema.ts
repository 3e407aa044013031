export { savedProposalOutput as declineOutput } from './shared.schema.ts';
