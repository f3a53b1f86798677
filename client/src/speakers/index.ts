export { registerSpeakersView, GET_SPEAKERS_MODEL_COMMAND, SPEAKERS_VIEW_ID, type SpeakersSnapshot } from './view';
