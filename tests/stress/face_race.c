// LD_PRELOAD for the determinism stress: makes cairo's font face race (issue 17) happen on purpose.
//
// cairo 1.16's cairo_ft_font_face_create_for_pattern searches a font file's list of faces and
// adds a new one without a lock; between the two it allocates the face (malloc). Here the first
// request for each font file waits (up to 300 ms) for a second thread to ask for the same file,
// and every allocation inside the call sleeps 3 ms, so two font maps starting together both
// find no face and make one each. Each time a file and options that already have a live face
// get another one, a line goes to the file named by KP_FACE_RACE_LOG: the stress counts them
// to show that the race did happen. Build: cc -shared -fPIC face_race.c $(pkg-config --cflags
// --libs cairo-ft fontconfig) -ldl -lpthread.
#define _GNU_SOURCE
#include <cairo-ft.h>
#include <dlfcn.h>
#include <fontconfig/fontconfig.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

extern void* __libc_malloc(size_t);

static __thread int inside_face_creation;

void* malloc(size_t n) {
  if (inside_face_creation) usleep(3000);
  return __libc_malloc(n);
}

enum { kMostKeys = 256, kKeyLength = 1024 };

struct Seen {
  char key[kKeyLength];     // file and options, as fontconfig writes them
  cairo_font_face_t* face;  // the live face first returned for them, or NULL once it is gone
  volatile int requests;
};

static pthread_mutex_t mutex = PTHREAD_MUTEX_INITIALIZER;
static struct Seen seen[kMostKeys];
static int seen_count;
static const cairo_user_data_key_t alive_key;

static void face_gone(void* face) {
  pthread_mutex_lock(&mutex);
  for (int i = 0; i < seen_count; ++i)
    if (seen[i].face == face) seen[i].face = NULL;
  pthread_mutex_unlock(&mutex);
}

// The entry for the pattern's file and options, made on first use; NULL when the table is full.
static struct Seen* entry_for(FcPattern* pattern) {
  FcObjectSet* objects =
      FcObjectSetBuild(FC_FILE, FC_INDEX, FC_EMBOLDEN, FC_HINTING, FC_HINT_STYLE, FC_ANTIALIAS,
                       FC_RGBA, FC_AUTOHINT, FC_LCD_FILTER, FC_FONT_VARIATIONS, (char*)NULL);
  FcPattern* kept = FcPatternFilter(pattern, objects);
  FcChar8* name = FcNameUnparse(kept);
  struct Seen* found = NULL;
  pthread_mutex_lock(&mutex);
  for (int i = 0; i < seen_count && !found; ++i)
    if (strncmp(seen[i].key, (const char*)name, kKeyLength - 1) == 0) found = &seen[i];
  if (!found && seen_count < kMostKeys) {
    found = &seen[seen_count++];
    snprintf(found->key, kKeyLength, "%s", (const char*)name);
  }
  if (found) found->requests++;
  pthread_mutex_unlock(&mutex);
  FcStrFree(name);
  FcPatternDestroy(kept);
  FcObjectSetDestroy(objects);
  return found;
}

static void note_second_face(const char* key) {
  const char* log = getenv("KP_FACE_RACE_LOG");
  if (!log) return;
  FILE* f = fopen(log, "a");
  if (!f) return;
  fprintf(f, "second live face for %s\n", key);
  fclose(f);
}

cairo_font_face_t* cairo_ft_font_face_create_for_pattern(FcPattern* pattern) {
  static cairo_font_face_t* (*real)(FcPattern*);
  if (!real) real = (cairo_font_face_t * (*)(FcPattern*)) dlsym(RTLD_NEXT, __func__);
  struct Seen* entry = entry_for(pattern);
  if (entry && entry->requests == 1)
    for (int waited = 0; waited < 300 && entry->requests < 2; ++waited) usleep(1000);
  inside_face_creation = 1;
  cairo_font_face_t* face = real(pattern);
  inside_face_creation = 0;
  if (!entry || cairo_font_face_status(face) != CAIRO_STATUS_SUCCESS) return face;
  pthread_mutex_lock(&mutex);
  const int second = entry->face && entry->face != face;
  if (!entry->face) entry->face = face;
  pthread_mutex_unlock(&mutex);
  if (second) note_second_face(entry->key);
  if (!cairo_font_face_get_user_data(face, &alive_key))
    cairo_font_face_set_user_data(face, &alive_key, face, face_gone);
  return face;
}
