export { savedProposalOutput as confirmOutput } from './shared.schema.ts';
