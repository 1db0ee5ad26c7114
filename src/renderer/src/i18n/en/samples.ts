/** English text: samples (the first-run practice card on the File step). */
export const samples = {
  title: 'New here? Try a practice import with a sample spreadsheet',
  body: 'Pick one below. Sheetport opens a ready-made spreadsheet from a pretend Korean shop and matches its columns for you. It only ever goes to the built-in practice services, never to your real shop. A row or two have a mistake on purpose, so you can see how fixing works.',
  orderHint: 'Start with “Create products”: the update and delete samples change the products it adds.',
  compactTitle: 'Practise with a sample spreadsheet',
  open: 'Open the practice sample: {{target}}',
  opening: 'Opening the practice sample…'
}
