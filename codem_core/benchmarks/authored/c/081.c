//@@ header
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
//@@ helpers
//@@ doc_append
The returned array and each string in it are allocated with malloc; the caller frees them.
The number of elements of the result is stored in *out_len.
//@@ signature
char **numerical_letter_grade(const float *grades, int size, int *out_len) {
//@@ solution
    char **out = malloc((size > 0 ? size : 1) * sizeof(char *));
    for (int i = 0; i < size; ++i) {
        const char *g;
        if (grades[i] >= 3.9999) g = "A+";
        else if (grades[i] > 3.7001) g = "A";
        else if (grades[i] > 3.3001) g = "A-";
        else if (grades[i] > 3.0001) g = "B+";
        else if (grades[i] > 2.7001) g = "B";
        else if (grades[i] > 2.3001) g = "B-";
        else if (grades[i] > 2.0001) g = "C+";
        else if (grades[i] > 1.7001) g = "C";
        else if (grades[i] > 1.3001) g = "C-";
        else if (grades[i] > 1.0001) g = "D+";
        else if (grades[i] > 0.7001) g = "D";
        else if (grades[i] > 0.0001) g = "D-";
        else g = "E";
        out[i] = strdup(g);
    }
    *out_len = size;
    return out;
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        float a0[] = {4.0f, 3.0f, 1.7f, 2.0f, 3.5f};
        int n = -1;
        char **r = numerical_letter_grade(a0, 5, &n);
        assert(n == 5);
        assert(strcmp(r[0], "A+") == 0);
        assert(strcmp(r[1], "B") == 0);
        assert(strcmp(r[2], "C-") == 0);
        assert(strcmp(r[3], "C") == 0);
        assert(strcmp(r[4], "A-") == 0);
        for (int k = 0; k < n; k++) free(r[k]);
        free(r);
    }
    {
        float a0[] = {1.2f};
        int n = -1;
        char **r = numerical_letter_grade(a0, 1, &n);
        assert(n == 1);
        assert(strcmp(r[0], "D+") == 0);
        for (int k = 0; k < n; k++) free(r[k]);
        free(r);
    }
    {
        float a0[] = {0.5f};
        int n = -1;
        char **r = numerical_letter_grade(a0, 1, &n);
        assert(n == 1);
        assert(strcmp(r[0], "D-") == 0);
        for (int k = 0; k < n; k++) free(r[k]);
        free(r);
    }
    {
        float a0[] = {0.0f};
        int n = -1;
        char **r = numerical_letter_grade(a0, 1, &n);
        assert(n == 1);
        assert(strcmp(r[0], "E") == 0);
        for (int k = 0; k < n; k++) free(r[k]);
        free(r);
    }
    {
        float a0[] = {1.0f, 0.3f, 1.5f, 2.8f, 3.3f};
        int n = -1;
        char **r = numerical_letter_grade(a0, 5, &n);
        assert(n == 5);
        assert(strcmp(r[0], "D") == 0);
        assert(strcmp(r[1], "D-") == 0);
        assert(strcmp(r[2], "C-") == 0);
        assert(strcmp(r[3], "B") == 0);
        assert(strcmp(r[4], "B+") == 0);
        for (int k = 0; k < n; k++) free(r[k]);
        free(r);
    }
    {
        float a0[] = {0.0f, 0.7f};
        int n = -1;
        char **r = numerical_letter_grade(a0, 2, &n);
        assert(n == 2);
        assert(strcmp(r[0], "E") == 0);
        assert(strcmp(r[1], "D-") == 0);
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
        float a0[] = {4.0f, 3.0f, 1.7f, 2.0f, 3.5f};
        int n = -1;
        char **r = numerical_letter_grade(a0, 5, &n);
        assert(n == 5);
        assert(strcmp(r[0], "A+") == 0);
        assert(strcmp(r[1], "B") == 0);
        assert(strcmp(r[2], "C-") == 0);
        assert(strcmp(r[3], "C") == 0);
        assert(strcmp(r[4], "A-") == 0);
        for (int k = 0; k < n; k++) free(r[k]);
        free(r);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed numerical_letter_grade.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
Hand (C conventions): out_len added; strings malloc'd as the prompt says (LLM4Decompile stored string constants).
