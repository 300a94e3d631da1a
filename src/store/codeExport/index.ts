export { codeLessonOf, type CodeLesson, type CodeLessonSource } from './lesson';
export { CODE_FILE_NAMES, lessonId } from './pythonCommon';
export { numpyScript } from './numpyScript';
export { pytorchScript } from './pytorchScript';
