'use strict';
// The single-byte legacy encodings of TextDecoder, as Node 20 (with its full ICU) decodes them:
// bytes below 0x80 are ASCII (but for the three ibm866 exceptions), and each table lists the
// characters of the bytes from its start (0x80, or 0xa0 when 0x80..0x9f are the C1 controls) to
// 0xff. U+FFFD marks a byte the encoding does not map (an error for a fatal decoder).
// windows-1252 is missing on purpose: Node 20 decodes it (and every latin1 label) as ISO-8859-1.

const tables = [
  ['ibm866', 0x80,
    'АБВГДЕЖЗИЙКЛМНОП' +
    'РСТУФХЦЧШЩЪЫЬЭЮЯ' +
    'абвгдежзийклмноп' +
    '░▒▓│┤╡╢╖╕╣║╗╝╜╛┐' +
    '└┴┬├─┼╞╟╚╔╩╦╠═╬╧' +
    '╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀' +
    'рстуфхцчшщъыьэюя' +
    'ЁёЄєЇїЎў°∙·√№¤■\u00a0'],
  ['iso-8859-2', 0xa0,
    '\u00a0Ą˘Ł¤ĽŚ§¨ŠŞŤŹ\u00adŽŻ' +
    '°ą˛ł´ľśˇ¸šşťź˝žż' +
    'ŔÁÂĂÄĹĆÇČÉĘËĚÍÎĎ' +
    'ĐŃŇÓÔŐÖ×ŘŮÚŰÜÝŢß' +
    'ŕáâăäĺćçčéęëěíîď' +
    'đńňóôőö÷řůúűüýţ˙'],
  ['iso-8859-3', 0xa0,
    '\u00a0Ħ˘£¤\ufffdĤ§¨İŞĞĴ\u00ad\ufffdŻ' +
    '°ħ²³´µĥ·¸ışğĵ½\ufffdż' +
    'ÀÁÂ\ufffdÄĊĈÇÈÉÊËÌÍÎÏ' +
    '\ufffdÑÒÓÔĠÖ×ĜÙÚÛÜŬŜß' +
    'àáâ\ufffdäċĉçèéêëìíîï' +
    '\ufffdñòóôġö÷ĝùúûüŭŝ˙'],
  ['iso-8859-4', 0xa0,
    '\u00a0ĄĸŖ¤ĨĻ§¨ŠĒĢŦ\u00adŽ¯' +
    '°ą˛ŗ´ĩļˇ¸šēģŧŊžŋ' +
    'ĀÁÂÃÄÅÆĮČÉĘËĖÍÎĪ' +
    'ĐŅŌĶÔÕÖ×ØŲÚÛÜŨŪß' +
    'āáâãäåæįčéęëėíîī' +
    'đņōķôõö÷øųúûüũū˙'],
  ['iso-8859-5', 0xa0,
    '\u00a0ЁЂЃЄЅІЇЈЉЊЋЌ\u00adЎЏ' +
    'АБВГДЕЖЗИЙКЛМНОП' +
    'РСТУФХЦЧШЩЪЫЬЭЮЯ' +
    'абвгдежзийклмноп' +
    'рстуфхцчшщъыьэюя' +
    '№ёђѓєѕіїјљњћќ§ўџ'],
  ['iso-8859-6', 0xa0,
    '\u00a0\ufffd\ufffd\ufffd¤\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd،\u00ad\ufffd\ufffd' +
    '\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd؛\ufffd\ufffd\ufffd؟' +
    '\ufffdءآأؤإئابةتثجحخد' +
    'ذرزسشصضطظعغ\ufffd\ufffd\ufffd\ufffd\ufffd' +
    'ـفقكلمنهوىيًٌٍَُ' +
    'ِّْ\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd'],
  ['iso-8859-7', 0xa0,
    '\u00a0‘’£€₯¦§¨©ͺ«¬\u00ad\ufffd―' +
    '°±²³΄΅Ά·ΈΉΊ»Ό½ΎΏ' +
    'ΐΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟ' +
    'ΠΡ\ufffdΣΤΥΦΧΨΩΪΫάέήί' +
    'ΰαβγδεζηθικλμνξο' +
    'πρςστυφχψωϊϋόύώ\ufffd'],
  ['iso-8859-8', 0xa0,
    '\u00a0\ufffd¢£¤¥¦§¨©×«¬\u00ad®¯' +
    '°±²³´µ¶·¸¹÷»¼½¾\ufffd' +
    '\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd' +
    '\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd‗' +
    'אבגדהוזחטיךכלםמן' +
    'נסעףפץצקרשת\ufffd\ufffd\u200e\u200f\ufffd'],
  ['iso-8859-8-i', 0xa0,
    '\u00a0\ufffd¢£¤¥¦§¨©×«¬\u00ad®¯' +
    '°±²³´µ¶·¸¹÷»¼½¾\ufffd' +
    '\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd' +
    '\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd‗' +
    'אבגדהוזחטיךכלםמן' +
    'נסעףפץצקרשת\ufffd\ufffd\u200e\u200f\ufffd'],
  ['iso-8859-10', 0xa0,
    '\u00a0ĄĒĢĪĨĶ§ĻĐŠŦŽ\u00adŪŊ' +
    '°ąēģīĩķ·ļđšŧž―ūŋ' +
    'ĀÁÂÃÄÅÆĮČÉĘËĖÍÎÏ' +
    'ÐŅŌÓÔÕÖŨØŲÚÛÜÝÞß' +
    'āáâãäåæįčéęëėíîï' +
    'ðņōóôõöũøųúûüýþĸ'],
  ['iso-8859-13', 0xa0,
    '\u00a0”¢£¤„¦§Ø©Ŗ«¬\u00ad®Æ' +
    '°±²³“µ¶·ø¹ŗ»¼½¾æ' +
    'ĄĮĀĆÄÅĘĒČÉŹĖĢĶĪĻ' +
    'ŠŃŅÓŌÕÖ×ŲŁŚŪÜŻŽß' +
    'ąįāćäåęēčéźėģķīļ' +
    'šńņóōõö÷ųłśūüżž’'],
  ['iso-8859-14', 0xa0,
    '\u00a0Ḃḃ£ĊċḊ§Ẁ©ẂḋỲ\u00ad®Ÿ' +
    'ḞḟĠġṀṁ¶ṖẁṗẃṠỳẄẅṡ' +
    'ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏ' +
    'ŴÑÒÓÔÕÖṪØÙÚÛÜÝŶß' +
    'àáâãäåæçèéêëìíîï' +
    'ŵñòóôõöṫøùúûüýŷÿ'],
  ['iso-8859-15', 0xa0,
    '\u00a0¡¢£€¥Š§š©ª«¬\u00ad®¯' +
    '°±²³Žµ¶·ž¹º»ŒœŸ¿' +
    'ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏ' +
    'ÐÑÒÓÔÕÖ×ØÙÚÛÜÝÞß' +
    'àáâãäåæçèéêëìíîï' +
    'ðñòóôõö÷øùúûüýþÿ'],
  ['koi8-r', 0x80,
    '─│┌┐└┘├┤┬┴┼▀▄█▌▐' +
    '░▒▓⌠■∙√≈≤≥\u00a0⌡°²·÷' +
    '═║╒ё╓╔╕╖╗╘╙╚╛╜╝╞' +
    '╟╠╡Ё╢╣╤╥╦╧╨╩╪╫╬©' +
    'юабцдефгхийклмно' +
    'пярстужвьызшэщчъ' +
    'ЮАБЦДЕФГХИЙКЛМНО' +
    'ПЯРСТУЖВЬЫЗШЭЩЧЪ'],
  ['koi8-u', 0x80,
    '─│┌┐└┘├┤┬┴┼▀▄█▌▐' +
    '░▒▓⌠■∙√≈≤≥\u00a0⌡°²·÷' +
    '═║╒ёє╔ії╗╘╙╚╛ґ╝╞' +
    '╟╠╡ЁЄ╣ІЇ╦╧╨╩╪Ґ╬©' +
    'юабцдефгхийклмно' +
    'пярстужвьызшэщчъ' +
    'ЮАБЦДЕФГХИЙКЛМНО' +
    'ПЯРСТУЖВЬЫЗШЭЩЧЪ'],
  ['macintosh', 0x80,
    'ÄÅÇÉÑÖÜáàâäãåçéè' +
    'êëíìîïñóòôöõúùûü' +
    '†°¢£§•¶ß®©™´¨≠ÆØ' +
    '∞±≤≥¥µ∂∑∏π∫ªºΩæø' +
    '¿¡¬√ƒ≈∆«»…\u00a0ÀÃÕŒœ' +
    '–—“”‘’÷◊ÿŸ⁄€‹›ﬁﬂ' +
    '‡·‚„‰ÂÊÁËÈÍÎÏÌÓÔ' +
    'ÒÚÛÙıˆ˜¯˘˙˚¸˝˛ˇ'],
  ['windows-874', 0x80,
    '€\u0081\u0082\u0083\u0084…\u0086\u0087\u0088\u0089\u008a\u008b\u008c\u008d\u008e\u008f' +
    '\u0090‘’“”•–—\u0098\u0099\u009a\u009b\u009c\u009d\u009e\u009f' +
    '\u00a0กขฃคฅฆงจฉชซฌญฎฏ' +
    'ฐฑฒณดตถทธนบปผฝพฟ' +
    'ภมยรฤลฦวศษสหฬอฮฯ' +
    'ะัาำิีึืฺุู฿' +
    'เแโใไๅๆ็่้๊๋์ํ๎๏' +
    '๐๑๒๓๔๕๖๗๘๙๚๛'],
  ['windows-1250', 0x80,
    '€\u0081‚\u0083„…†‡\u0088‰Š‹ŚŤŽŹ' +
    '\u0090‘’“”•–—\u0098™š›śťžź' +
    '\u00a0ˇ˘Ł¤Ą¦§¨©Ş«¬\u00ad®Ż' +
    '°±˛ł´µ¶·¸ąş»Ľ˝ľż' +
    'ŔÁÂĂÄĹĆÇČÉĘËĚÍÎĎ' +
    'ĐŃŇÓÔŐÖ×ŘŮÚŰÜÝŢß' +
    'ŕáâăäĺćçčéęëěíîď' +
    'đńňóôőö÷řůúűüýţ˙'],
  ['windows-1251', 0x80,
    'ЂЃ‚ѓ„…†‡€‰Љ‹ЊЌЋЏ' +
    'ђ‘’“”•–—\u0098™љ›њќћџ' +
    '\u00a0ЎўЈ¤Ґ¦§Ё©Є«¬\u00ad®Ї' +
    '°±Ііґµ¶·ё№є»јЅѕї' +
    'АБВГДЕЖЗИЙКЛМНОП' +
    'РСТУФХЦЧШЩЪЫЬЭЮЯ' +
    'абвгдежзийклмноп' +
    'рстуфхцчшщъыьэюя'],
  ['windows-1253', 0x80,
    '€\u0081‚ƒ„…†‡\u0088‰\u008a‹\u008c\u008d\u008e\u008f' +
    '\u0090‘’“”•–—\u0098™\u009a›\u009c\u009d\u009e\u009f' +
    '\u00a0΅Ά£¤¥¦§¨©ª«¬\u00ad®―' +
    '°±²³΄µ¶·ΈΉΊ»Ό½ΎΏ' +
    'ΐΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟ' +
    'ΠΡ\ufffdΣΤΥΦΧΨΩΪΫάέήί' +
    'ΰαβγδεζηθικλμνξο' +
    'πρςστυφχψωϊϋόύώ\ufffd'],
  ['windows-1254', 0x80,
    '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008d\u008e\u008f' +
    '\u0090‘’“”•–—˜™š›œ\u009d\u009eŸ' +
    '\u00a0¡¢£¤¥¦§¨©ª«¬\u00ad®¯' +
    '°±²³´µ¶·¸¹º»¼½¾¿' +
    'ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏ' +
    'ĞÑÒÓÔÕÖ×ØÙÚÛÜİŞß' +
    'àáâãäåæçèéêëìíîï' +
    'ğñòóôõö÷øùúûüışÿ'],
  ['windows-1255', 0x80,
    '€\u0081‚ƒ„…†‡ˆ‰\u008a‹\u008c\u008d\u008e\u008f' +
    '\u0090‘’“”•–—˜™\u009a›\u009c\u009d\u009e\u009f' +
    '\u00a0¡¢£₪¥¦§¨©×«¬\u00ad®¯' +
    '°±²³´µ¶·¸¹÷»¼½¾¿' +
    'ְֱֲֳִֵֶַָֹ\ufffdֻּֽ־ֿ' +
    '׀ׁׂ׃װױײ׳״\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd' +
    'אבגדהוזחטיךכלםמן' +
    'נסעףפץצקרשת\ufffd\ufffd\u200e\u200f\ufffd'],
  ['windows-1256', 0x80,
    '€پ‚ƒ„…†‡ˆ‰ٹ‹Œچژڈ' +
    'گ‘’“”•–—ک™ڑ›œ\u200c\u200dں' +
    '\u00a0،¢£¤¥¦§¨©ھ«¬\u00ad®¯' +
    '°±²³´µ¶·¸¹؛»¼½¾؟' +
    'ہءآأؤإئابةتثجحخد' +
    'ذرزسشصض×طظعغـفقك' +
    'àلâمنهوçèéêëىيîï' +
    'ًٌٍَôُِ÷ّùْûü\u200e\u200fے'],
  ['windows-1257', 0x80,
    '€\u0081‚\u0083„…†‡\u0088‰\u008a‹\u008c¨ˇ¸' +
    '\u0090‘’“”•–—\u0098™\u009a›\u009c¯˛\u009f' +
    '\u00a0\ufffd¢£¤\ufffd¦§Ø©Ŗ«¬\u00ad®Æ' +
    '°±²³´µ¶·ø¹ŗ»¼½¾æ' +
    'ĄĮĀĆÄÅĘĒČÉŹĖĢĶĪĻ' +
    'ŠŃŅÓŌÕÖ×ŲŁŚŪÜŻŽß' +
    'ąįāćäåęēčéźėģķīļ' +
    'šńņóōõö÷ųłśūüżž˙'],
  ['windows-1258', 0x80,
    '€\u0081‚ƒ„…†‡ˆ‰\u008a‹Œ\u008d\u008e\u008f' +
    '\u0090‘’“”•–—˜™\u009a›œ\u009d\u009eŸ' +
    '\u00a0¡¢£¤¥¦§¨©ª«¬\u00ad®¯' +
    '°±²³´µ¶·¸¹º»¼½¾¿' +
    'ÀÁÂĂÄÅÆÇÈÉÊË̀ÍÎÏ' +
    'ĐÑ̉ÓÔƠÖ×ØÙÚÛÜỮß' +
    'àáâăäåæçèéêë́íîï' +
    'đṇ̃óôơö÷øùúûüư₫ÿ'],
  ['x-mac-cyrillic', 0x80,
    'АБВГДЕЖЗИЙКЛМНОП' +
    'РСТУФХЦЧШЩЪЫЬЭЮЯ' +
    '†°Ґ£§•¶І®©™Ђђ≠Ѓѓ' +
    '∞±≤≥іµґЈЄєЇїЉљЊњ' +
    'јЅ¬√ƒ≈∆«»…\u00a0ЋћЌќѕ' +
    '–—“”‘’÷„ЎўЏџ№Ёёя' +
    'абвгдежзийклмноп' +
    'рстуфхцчшщъыьэю€'],
];

// ibm866 as ICU maps it also moves three ASCII bytes.
const lowOverrides = new Map([['ibm866', [[0x1a, 0x1c], [0x1c, 0x7f], [0x7f, 0x1a]]]]);

const decodeTables = new Map();

// The 256 code units of an encoding's bytes, built on first use.
function singleByteTable(encoding) {
  let table = decodeTables.get(encoding);
  if (table !== undefined) return table;
  const entry = tables.find(([name]) => name === encoding);
  if (entry === undefined) return undefined;
  const [, start, upper] = entry;
  table = new Uint16Array(256);
  for (let byte = 0; byte < start; byte++) table[byte] = byte;
  for (let i = 0; i < upper.length; i++) table[start + i] = upper.charCodeAt(i);
  for (const [byte, unit] of lowOverrides.get(encoding) ?? []) table[byte] = unit;
  decodeTables.set(encoding, table);
  return table;
}

module.exports = { singleByteTable, singleByteEncodings: tables.map(([name]) => name) };
