//@@ header
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
//@@ helpers
//@@ doc_append
The result is allocated with malloc; the caller frees it.
The number of elements of the result is stored in *count.
//@@ signature
int *parse_music(const char *music_string, int *count) {
//@@ solution
    int *out = NULL;
    int size = 0;
    int capacity = 0;

    char current[3] = "";
    int music_string_length = strlen(music_string) + 1;
    char *temp_music_string = malloc(music_string_length + 1);
    strcpy(temp_music_string, music_string);
    strcat(temp_music_string, " ");

    for (int i = 0; i < music_string_length; i++) {
        if (temp_music_string[i] == ' ') {
            if (strcmp(current, "o") == 0) {
                if (size == capacity) {
                    capacity = capacity > 0 ? 2 * capacity : 4;
                    out = realloc(out, capacity * sizeof(int));
                }
                out[size++] = 4;
            }
            if (strcmp(current, "o|") == 0) {
                if (size == capacity) {
                    capacity = capacity > 0 ? 2 * capacity : 4;
                    out = realloc(out, capacity * sizeof(int));
                }
                out[size++] = 2;
            }
            if (strcmp(current, ".|") == 0) {
                if (size == capacity) {
                    capacity = capacity > 0 ? 2 * capacity : 4;
                    out = realloc(out, capacity * sizeof(int));
                }
                out[size++] = 1;
            }
            strcpy(current, "");
        } else {
            size_t len = strlen(current);
            if (len < sizeof(current) - 1) {
                current[len] = temp_music_string[i];
                current[len + 1] = '\0';
            }
        }
    }
    free(temp_music_string);
    *count = size;
    return out;
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        int n = -1;
        int *r = parse_music("", &n);
        assert(n == 0);
        free(r);
    }
    {
        int n = -1;
        int *r = parse_music("o o o o", &n);
        assert(n == 4);
        assert(r[0] == 4);
        assert(r[1] == 4);
        assert(r[2] == 4);
        assert(r[3] == 4);
        free(r);
    }
    {
        int n = -1;
        int *r = parse_music(".| .| .| .|", &n);
        assert(n == 4);
        assert(r[0] == 1);
        assert(r[1] == 1);
        assert(r[2] == 1);
        assert(r[3] == 1);
        free(r);
    }
    {
        int n = -1;
        int *r = parse_music("o| o| .| .| o o o o", &n);
        assert(n == 8);
        assert(r[0] == 2);
        assert(r[1] == 2);
        assert(r[2] == 1);
        assert(r[3] == 1);
        assert(r[4] == 4);
        assert(r[5] == 4);
        assert(r[6] == 4);
        assert(r[7] == 4);
        free(r);
    }
    {
        int n = -1;
        int *r = parse_music("o| .| o| .| o o| o o|", &n);
        assert(n == 8);
        assert(r[0] == 2);
        assert(r[1] == 1);
        assert(r[2] == 2);
        assert(r[3] == 1);
        assert(r[4] == 4);
        assert(r[5] == 2);
        assert(r[6] == 4);
        assert(r[7] == 2);
        free(r);
    }
    return 0;
}
//@@ example_test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        int n = -1;
        int *r = parse_music("o o| .| o| o| .| .| .| .| o o", &n);
        assert(n == 11);
        assert(r[0] == 4);
        assert(r[1] == 2);
        assert(r[2] == 1);
        assert(r[3] == 2);
        assert(r[4] == 2);
        assert(r[5] == 1);
        assert(r[6] == 1);
        assert(r[7] == 1);
        assert(r[8] == 1);
        assert(r[9] == 4);
        assert(r[10] == 4);
        free(r);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed parse_music.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
