/** Strings for keeping and sharing a lesson: the saved copy, the link, New lesson. */
export const lesson = {
  copyLink: 'Copy link',
  copyLinkHint: 'Copy a link that opens this lesson as it is now: weights, data, settings and step',
  copied: 'Link copied.',
  copyByHand: 'Copy this link by hand (Ctrl+C):',
  linkField: 'Link to this lesson',
  newLesson: 'New lesson',
  newLessonHint: 'Start again from the default lesson and forget the saved one (Undo brings it back)',
  linkRefused: 'This link is damaged or from another version of Backprop Lab; the lesson stays as it was.',
  notices: {
    'saved-corrupt': 'The lesson saved in this browser could not be read, so the default lesson is open.',
    'saved-outdated':
      'The lesson saved in this browser is from another version of Backprop Lab, so the default lesson is open.',
    'link-damaged': 'This link is damaged or incomplete, so the default lesson is open.',
    'link-outdated': 'This link is from another version of Backprop Lab, so the default lesson is open.',
  },
} as const;
