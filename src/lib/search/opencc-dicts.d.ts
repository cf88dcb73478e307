/** opencc-js's dictionaries, one module each (`opencc-js/dict/TSCharacters`): entries `source target`, joined by `|`. */
declare module 'opencc-js/dict/*' {
  const dictionary: string;
  export default dictionary;
}
