// The sample project (examples/ of vankien's folder), opened as a build opens it, for the benchmark scripts.
import { openSession } from '../orchestration/session.js';
import { join } from 'node:path';
import { PACKAGE_DIR } from '../workspace/workspace.js';
import type { ConferenceFile } from '../schema/conference.js';
import { buildViewModel } from '../view/build.js';
import { docxImage } from '../view/images.js';

export function sampleProject() {
  const root = join(PACKAGE_DIR, 'examples');
  const session = openSession(root, root, [], { pdfEngine: 'none', fontDirs: [] });
  const image = (p: string, role: 'signature' | 'seal') => {
    const bytes = session.env.read(p);
    return bytes ? docxImage(bytes, role, session.profile) : null;
  };
  const vmFor = (conf: ConferenceFile) =>
    buildViewModel(conf, { registry: session.project, provinces: session.env.provinces, image, profile: session.profile });
  return {
    root,
    session,
    env: session.env,
    profile: session.profile,
    project: session.project,
    templates: session.templates,
    vmFor,
    date: new Date(Date.UTC(1980, 0, 1)),
  };
}
