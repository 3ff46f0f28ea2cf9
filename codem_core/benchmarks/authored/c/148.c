//@@ header
#include <stdio.h>
#include <string.h>
#include <stdlib.h>
//@@ helpers
//@@ doc_append
The returned array and each string in it are allocated with malloc (NULL when it is empty); the caller frees them.
The number of elements of the result is stored in *returnSize.
//@@ signature
char** bf(const char* planet1, const char* planet2, int* returnSize) {
//@@ solution
    const char* planets[] = {"Mercury", "Venus", "Earth", "Mars", "Jupiter", "Saturn", "Uranus", "Neptune"};
    int pos1 = -1, pos2 = -1, m;
    for (m = 0; m < 8; m++) {
        if (strcmp(planets[m], planet1) == 0) pos1 = m;
        if (strcmp(planets[m], planet2) == 0) pos2 = m;
    }
    if (pos1 == -1 || pos2 == -1 || pos1 == pos2) {
        *returnSize = 0;
        return NULL;
    }
    if (pos1 > pos2) { int temp = pos1; pos1 = pos2; pos2 = temp; }
    *returnSize = pos2 - pos1 - 1;
    if (*returnSize <= 0) {
        *returnSize = 0;
        return NULL;
    }
    char** out = malloc(*returnSize * sizeof(char*));
    for (m = pos1 + 1; m < pos2; m++) {
        out[m - pos1 - 1] = strdup(planets[m]);
    }
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
        char **r = bf("Jupiter", "Neptune", &n);
        assert(n == 2);
        assert(strcmp(r[0], "Saturn") == 0);
        assert(strcmp(r[1], "Uranus") == 0);
        for (int k = 0; k < n; k++) free(r[k]);
        free(r);
    }
    {
        int n = -1;
        char **r = bf("Earth", "Mercury", &n);
        assert(n == 1);
        assert(strcmp(r[0], "Venus") == 0);
        for (int k = 0; k < n; k++) free(r[k]);
        free(r);
    }
    {
        int n = -1;
        char **r = bf("Mercury", "Uranus", &n);
        assert(n == 5);
        assert(strcmp(r[0], "Venus") == 0);
        assert(strcmp(r[1], "Earth") == 0);
        assert(strcmp(r[2], "Mars") == 0);
        assert(strcmp(r[3], "Jupiter") == 0);
        assert(strcmp(r[4], "Saturn") == 0);
        for (int k = 0; k < n; k++) free(r[k]);
        free(r);
    }
    {
        int n = -1;
        char **r = bf("Neptune", "Venus", &n);
        assert(n == 5);
        assert(strcmp(r[0], "Earth") == 0);
        assert(strcmp(r[1], "Mars") == 0);
        assert(strcmp(r[2], "Jupiter") == 0);
        assert(strcmp(r[3], "Saturn") == 0);
        assert(strcmp(r[4], "Uranus") == 0);
        for (int k = 0; k < n; k++) free(r[k]);
        free(r);
    }
    {
        int n = -1;
        char **r = bf("Earth", "Earth", &n);
        assert(n == 0);
        for (int k = 0; k < n; k++) free(r[k]);
        free(r);
    }
    {
        int n = -1;
        char **r = bf("Mars", "Earth", &n);
        assert(n == 0);
        for (int k = 0; k < n; k++) free(r[k]);
        free(r);
    }
    {
        int n = -1;
        char **r = bf("Jupiter", "Makemake", &n);
        assert(n == 0);
        for (int k = 0; k < n; k++) free(r[k]);
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
        char **r = bf("Jupiter", "Neptune", &n);
        assert(n == 2);
        assert(strcmp(r[0], "Saturn") == 0);
        assert(strcmp(r[1], "Uranus") == 0);
        for (int k = 0; k < n; k++) free(r[k]);
        free(r);
    }
    {
        int n = -1;
        char **r = bf("Earth", "Mercury", &n);
        assert(n == 1);
        assert(strcmp(r[0], "Venus") == 0);
        for (int k = 0; k < n; k++) free(r[k]);
        free(r);
    }
    {
        int n = -1;
        char **r = bf("Mercury", "Uranus", &n);
        assert(n == 5);
        assert(strcmp(r[0], "Venus") == 0);
        assert(strcmp(r[1], "Earth") == 0);
        assert(strcmp(r[2], "Mars") == 0);
        assert(strcmp(r[3], "Jupiter") == 0);
        assert(strcmp(r[4], "Saturn") == 0);
        for (int k = 0; k < n; k++) free(r[k]);
        free(r);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed bf.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
Hand (C conventions): strings malloc'd as the prompt says (LLM4Decompile stored string constants).
