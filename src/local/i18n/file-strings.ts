import { bilingual } from '../../core/i18n/bilingual';
import { translator } from './translator';

const NBSP = '\u00a0';

/**
 * Why a file cannot be read, imported or written (src/local/import, src/local/workbook-file):
 * what the command line prints after `sheets-pipeline: ` and the preview page shows in its
 * import toast. A message is a frame (`error.*`, naming the file) around a reason
 * (`reason.*`). Each entry: [English, French]; `{name}` placeholders; French with no-break
 * spaces (U+00A0) before « : ; ? ! » and inside guillemets; one line each.
 */
export const FILE_STRINGS = bilingual({
  'error.cannotImport': [
    'Cannot import "{file}": {reason}',
    `Impossible d’importer «${NBSP}{file}${NBSP}»${NBSP}: {reason}`,
  ],
  'error.cannotWrite': [
    'Cannot write "{file}": {reason}',
    `Impossible d’écrire «${NBSP}{file}${NBSP}»${NBSP}: {reason}`,
  ],
  'error.cannotReadWorkbook': [
    'Cannot read workbook "{file}": {reason}',
    `Impossible de lire le classeur «${NBSP}{file}${NBSP}»${NBSP}: {reason}`,
  ],
  'error.cannotWriteWorkbook': [
    'Cannot write workbook "{file}": {reason}',
    `Impossible d’écrire le classeur «${NBSP}{file}${NBSP}»${NBSP}: {reason}`,
  ],

  // The system's errors, as a person would say them.
  'reason.fileNotFound': [
    'file not found',
    'fichier introuvable',
  ],
  'reason.folderNotFound': [
    'folder "{folder}" not found',
    `dossier «${NBSP}{folder}${NBSP}» introuvable`,
  ],
  'reason.isFolder': [
    'it is a folder',
    'c’est un dossier',
  ],
  'reason.permissionDenied': [
    'permission denied',
    'permission refusée',
  ],
  'reason.unknown': [
    'unknown error',
    'erreur inconnue',
  ],

  // Leads files (src/local/import).
  'reason.empty': [
    'the file is empty',
    'le fichier est vide',
  ],
  'reason.noDeals': [
    'it has a header row but no deals under it',
    'il a une ligne d’en-tête mais aucune affaire en dessous',
  ],
  'reason.noStageColumn': [
    'no Stage column (a header such as Stage, Deal stage, StageName or Étape in the first {rows} rows)',
    'aucune colonne Étape (un en-tête comme Étape, Stage, Deal stage ou StageName dans les {rows} premières lignes)',
  ],
  'reason.noStageColumnInAnySheet': [
    'no Stage column in any sheet (a header such as Stage, Deal stage, StageName or Étape in the first {rows} rows)',
    'aucune feuille n’a de colonne Étape (un en-tête comme Étape, Stage, Deal stage ou StageName dans les {rows} premières lignes)',
  ],
  'reason.headersFound': [
    '{reason}; headers found: {headers}',
    `{reason}${NBSP}; en-têtes trouvés${NBSP}: {headers}`,
  ],
  'reason.header': [
    '"{name}"',
    `«${NBSP}{name}${NBSP}»`,
  ],
  'reason.moreHeaders': [
    '{headers}, and {count} more',
    '{headers} et {count} autres',
  ],
  'reason.workbookHasNoSheets': [
    'the workbook has no sheets',
    'le classeur n’a aucune feuille',
  ],
  'reason.workbookIsEmpty': [
    'the workbook is empty',
    'le classeur est vide',
  ],
  'reason.oldXls': [
    'old .xls workbooks are not supported: save it as .xlsx or .csv first',
    `les anciens classeurs .xls ne sont pas pris en charge${NBSP}: enregistrez-le d’abord en .xlsx ou en .csv`,
  ],
  'reason.unsupportedType': [
    'unsupported file type "{extension}" (supported: {supported})',
    `type de fichier non pris en charge «${NBSP}{extension}${NBSP}» (pris en charge${NBSP}: {supported})`,
  ],
  'reason.noExtension': [
    '(none)',
    '(aucune)',
  ],
  'reason.zipNotText': [
    'it is a zip file (an .xlsx workbook?), not delimited text: give it the .xlsx extension',
    `c’est un fichier zip (un classeur .xlsx${NBSP}?), pas du texte délimité${NBSP}: donnez-lui l’extension .xlsx`,
  ],
  'reason.binary': [
    'it holds binary data, not delimited text (.csv)',
    'il contient des données binaires, pas du texte délimité (.csv)',
  ],
  'reason.setupReturnedNothing': [
    'setup returned nothing (is dist/Code.js the Sheets Pipeline build?)',
    `la configuration n’a rien renvoyé (dist/Code.js est-il bien la version compilée de Sheets Pipeline${NBSP}?)`,
  ],
  'reason.setupRefused': [
    'setup refused it: {reason}',
    `la configuration l’a refusé${NBSP}: {reason}`,
  ],
  'reason.reportsFailed': [
    'the reports could not be built',
    'les rapports n’ont pas pu être créés',
  ],

  // Workbooks (src/local/workbook-file).
  'reason.notXlsx': [
    'not a valid .xlsx file ({detail})',
    'ce n’est pas un fichier .xlsx valide ({detail})',
  ],
  'reason.zipSignatureMissing': [
    'zip signature missing',
    'signature zip absente',
  ],
  'reason.noWorksheets': [
    'it has no worksheets',
    'il n’a aucune feuille de calcul',
  ],
  'reason.metadataDamaged': [
    'its {sheet} sheet is damaged ({detail})',
    `sa feuille «${NBSP}{sheet}${NBSP}» est endommagée ({detail})`,
  ],
  'reason.metadataInvalidJson': [
    'invalid JSON: {detail}',
    `JSON non valide${NBSP}: {detail}`,
  ],
  'reason.metadataNotOurs': [
    'not Sheets Pipeline metadata',
    'ce ne sont pas des métadonnées de Sheets Pipeline',
  ],
  'reason.metadataVersion': [
    'unsupported version {version}',
    'version {version} non prise en charge',
  ],
  'reason.metadataFieldMissing': [
    '"{field}" missing',
    `«${NBSP}{field}${NBSP}» manquant`,
  ],
  'reason.metadataSheetUnnamed': [
    'a sheet entry has no name or id',
    'une entrée de feuille n’a ni nom ni identifiant',
  ],
  'reason.metadataSheetNoSize': [
    'sheet "{sheet}" has no size',
    `la feuille «${NBSP}{sheet}${NBSP}» n’a pas de taille`,
  ],
  'reason.metadataSheetNoShape': [
    'sheet "{sheet}" has no shape',
    `la feuille «${NBSP}{sheet}${NBSP}» n’a pas de forme`,
  ],
  'reason.metadataSheetNoOrder': [
    'sheet "{sheet}" has no order',
    `la feuille «${NBSP}{sheet}${NBSP}» n’a pas d’ordre`,
  ],
  'reason.metadataSheetNoList': [
    'sheet "{sheet}" has no "{list}" list',
    `la feuille «${NBSP}{sheet}${NBSP}» n’a pas de liste «${NBSP}{list}${NBSP}»`,
  ],
  'reason.reservedSheetName': [
    'a sheet may not be named "{name}" (reserved for the workbook\'s metadata)',
    `une feuille ne peut pas s’appeler «${NBSP}{name}${NBSP}» (nom réservé aux métadonnées du classeur)`,
  ],
  'reason.workbookTooLarge': [
    'the workbook is larger than 4 GB',
    'le classeur dépasse 4 Go',
  ],
});

export type FileStringKey = keyof (typeof FILE_STRINGS)['en'];

/** A file error or reason in `language`, placeholders filled. */
export const fileText = translator(FILE_STRINGS);
