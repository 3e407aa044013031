export { savedProposalOutput as withdrawOutput } from './shared.schema.ts';
