/** Invented companies and people (any resemblance is accidental); domains use the reserved `.example` TLD. */
export const OWNERS = ['alice@example.com', 'bruno@example.com', 'chloe@example.com', 'david@example.com', 'emma@example.com'];

export const COMPANIES = [
  'Nordvent Logistique', 'Bright Harbor Software', 'Atelier Lumière', 'Maison Dufresne', 'Kestrel Analytics', 'Boulangeries Morel',
  'Greenfield Dental Group', 'Transports Rivière', 'Oakridge Insurance', 'Clinique Saint-Roch', 'Bluepeak Robotics', 'Vignobles Garnier',
  'Harbourline Freight', 'Cabinet Lefort & Associés', 'Silverleaf Hotels', 'Éditions du Levant', 'Northgate Manufacturing', 'Groupe Azur Santé',
  'Pinecrest Schools', 'Brasserie des Halles', 'Quantum Ledger', 'Optique Fontaine', 'Redwood Facilities', 'Société Bretonne d’Emballage',
  'Meridian Travel', 'Agence Capucine', 'Lakeside Veterinary', 'Laboratoires Véron', 'Ironbridge Construction', 'Coopérative Alpine',
  'Sunfield Energy', 'Studio Marceau', 'Westbrook Legal', 'Fromagerie Roussel', 'Copperline Telecom', 'Hôtel Belle Rive',
];

export const FIRST_NAMES = [
  'Camille', 'Julien', 'Sophie', 'Thomas', 'Léa', 'Mathieu', 'Élodie', 'Nicolas', 'Inès', 'Hugo',
  'Sarah', 'James', 'Olivia', 'Daniel', 'Grace', 'Michael', 'Hannah', 'Ryan', 'Zoë', 'Liam',
];

export const LAST_NAMES = [
  'Roux', 'Bernard', 'Lefèvre', 'Moreau', 'Girard', 'Fournier', 'Mercier', 'Chevalier', 'Faure', 'Gauthier',
  'Thompson', 'Walker', 'Bennett', 'Collins', 'Hughes', 'Foster', 'Reed', 'Palmer', 'Carter', 'Murphy',
];

/** Lower-case ASCII for e-mail addresses: `Élodie Lefèvre` → `elodie.lefevre`. */
export function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
