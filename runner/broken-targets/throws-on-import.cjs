// Broken on purpose: throws as soon as it is loaded.
throw new Error('broken target: throws on import');
